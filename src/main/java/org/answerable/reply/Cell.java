package org.answerable.reply;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of a table as the authority wrote it. The raw text is kept so that a suppression
 * marker reads as the authority wrote it ("c", "<5") and is never turned into a number.
 *
 * @param value present only for NUMBER and AMOUNT cells ("18,201" gives 18201)
 */
public record Cell(CellKind kind, String raw, BigDecimal value) {

    // Statistical disclosure control as UK publishers write it: ONS "c"/"[c]", "x", "*", "<5".
    private static final Pattern SUPPRESSED = Pattern.compile("(?i)\\[?[cx]\\]?|\\*{1,3}|(?:<|≤|<=|&lt;)\\s?\\d{1,2}"
            + "|(?:fewer|less)\\s+than\\s+\\d{1,2}|\\[?(?:suppressed|redacted|withheld)\\]?"
            + "|(?:the\\s+)?(?:number|figure|total)\\s+is\\s+(?:under|below|fewer\\s+than|less\\s+than)\\s+\\d{1,2}");
    private static final Pattern NOT_RECORDED = Pattern.compile("(?i)[-–—]{1,2}|n/?a|\\.\\.|\\[z]|not\\s+(?:recorded|available|held|known)");
    private static final Pattern NUMBER = Pattern.compile("([-−]?)(£)?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s?(k|m|bn|%)?",
            Pattern.CASE_INSENSITIVE);

    public Cell {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
        boolean numeric = kind == CellKind.NUMBER || kind == CellKind.AMOUNT;
        if (numeric != (value != null)) {
            throw new IllegalArgumentException(numeric ? "A " + kind + " cell needs a value" : "Only figures have a value: " + raw);
        }
    }

    /** Reads a cell as written; blank text is an empty TEXT cell. */
    public static Cell of(String written) {
        String raw = written == null ? "" : written.replace('\u00A0', ' ').strip();
        if (SUPPRESSED.matcher(raw).matches()) {
            return new Cell(CellKind.SUPPRESSED, raw, null);
        }
        if (NOT_RECORDED.matcher(raw).matches()) {
            return new Cell(CellKind.NOT_RECORDED, raw, null);
        }
        Matcher m = NUMBER.matcher(raw);
        if (m.matches() && (m.group(2) != null || m.group(5) == null || m.group(5).equals("%"))) {
            BigDecimal value = new BigDecimal(m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4)));
            value = value.scaleByPowerOfTen(switch (m.group(5) == null ? "" : m.group(5).toLowerCase(Locale.ROOT)) {
                case "k" -> 3;
                case "m" -> 6;
                case "bn" -> 9;
                default -> 0;
            });
            value = value.scale() < 0 ? value.setScale(0) : value;
            value = m.group(1).isEmpty() ? value : value.negate();
            return new Cell(m.group(2) != null ? CellKind.AMOUNT : CellKind.NUMBER, raw, value);
        }
        return new Cell(CellKind.TEXT, raw, null);
    }

    /** A figure, a suppressed figure or a stated absence: anything but words. */
    public boolean isFigure() {
        return kind != CellKind.TEXT;
    }
}
