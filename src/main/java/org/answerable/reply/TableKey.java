package org.answerable.reply;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the letter says its table's marks mean. A star explained as something other than a
 * suppressed small number ("*refers to years when our recording system was not in place") is a
 * footnote: a lone star is then a missing figure and "430*" is still 430. Blank cells, "nil" or a
 * dash mean zero only where the letter says so ("a blank cell indicates zero"), never by guess.
 */
final class TableKey {

    private static final Pattern FOOTNOTE = Pattern.compile("(?m)^[\\s\\u00A0]*(\\*{1,3}|†|‡|#)[\\s\\u00A0]*([^\\s*].*)$");
    private static final Pattern SUPPRESSION_WORDS = Pattern.compile("(?i)suppress|fewer|less\\s+than|under\\s+\\d|below\\s+\\d"
            + "|small\\s+numbers?|redact|withh[oe]ld|identif|disclos|protect|confidential|personal|between\\s+[01]\\s+and");
    private static final Pattern ZERO_KEY = Pattern.compile("(?i)(?:^|[\\s(])['\"‘“]?(nil|-|–|—|blank|empty)['\"’”]?"
            + "(?:\\s+(?:cells?|entries|fields|boxes|spaces))?\\s*(?:=|:|means?|indicates?|denotes?|represents?|shows?|is\\s+used\\s+for)"
            + "\\s*(?:a\\s+)?(?:zero|nil|none|0)\\b");

    private final Set<String> footnoteMarks;
    private final Set<String> zeroMarks;

    private TableKey(Set<String> footnoteMarks, Set<String> zeroMarks) {
        this.footnoteMarks = footnoteMarks;
        this.zeroMarks = zeroMarks;
    }

    static TableKey of(String letter) {
        Set<String> footnotes = new HashSet<>();
        Matcher note = FOOTNOTE.matcher(letter);
        while (note.find()) {
            if (!SUPPRESSION_WORDS.matcher(note.group(2)).find()) {
                footnotes.add(note.group(1));
            }
        }
        Set<String> zeros = new HashSet<>();
        Matcher zero = ZERO_KEY.matcher(letter);
        while (zero.find()) {
            String mark = zero.group(1).toLowerCase(Locale.ROOT);
            zeros.add(mark.equals("blank") || mark.equals("empty") ? "" : mark);
        }
        return new TableKey(footnotes, zeros);
    }

    DataTable applyTo(DataTable table) {
        if (footnoteMarks.isEmpty() && zeroMarks.isEmpty()) {
            return table;
        }
        List<List<Cell>> rows = table.rows().stream().map(row -> row.stream().map(this::read).toList()).toList();
        return new DataTable(table.columnHeaders(), table.rowHeaders(), rows, table.rowDimension(), table.columnDimension());
    }

    private Cell read(Cell cell) {
        String raw = cell.raw();
        if (zeroMarks.contains(raw.toLowerCase(Locale.ROOT)) && cell.kind() != CellKind.NUMBER) {
            return new Cell(CellKind.NUMBER, raw, BigDecimal.ZERO);
        }
        for (String mark : footnoteMarks) {
            if (raw.equals(mark)) {
                return new Cell(CellKind.NOT_RECORDED, raw, null);
            }
            if (raw.endsWith(mark) && raw.length() > mark.length()) {
                Cell figure = Cell.of(raw.substring(0, raw.length() - mark.length()));
                if (figure.value() != null) {
                    return new Cell(figure.kind(), raw, figure.value());
                }
            }
        }
        return cell;
    }
}
