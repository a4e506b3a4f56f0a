package org.answerable.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label a reply puts at the start of a line to say which question follows: "1.", "a)",
 * "(iii)", "Q1:", "**Question 1**", "Response to question 2", "Questions 4 and 5", a bullet, or
 * "You asked:". Markdown emphasis, heading hashes and e-mail quote marks around it are ignored.
 *
 * @param readings every question the label could name; "i)" reads as the letter i and as roman one
 * @param parent the number a lettered label sits under when written together ("1. a) & b)"), else 0
 * @param contentStart where the line's own text begins, after the label
 * @param headingOnly nothing follows the label on its line
 * @param worded the label says what it is ("Answer 2", "Q2", "Questions 4 and 5"), not a bare "2."
 */
record LineMarker(List<Reading> readings, int parent, boolean bullet, int contentStart, boolean headingOnly, boolean worded) {

    enum Series { NUMBER, LETTER, ROMAN }

    record Reading(Series series, int value) {}

    private static final String LEAD = "^[\\s\\u00A0>#*_\"“‘']*";
    private static final String TAIL = "[*_]*\\s*(?:[.):\\-–—]\\s*)?[*_]*[\\s\\u00A0]*";
    private static final String VALUE = "\\(?(?:\\d{1,2}|[ivx]{2,6}|[a-z])\\)?";
    private static final String ANSWER_TO = "(?:(?:response|answer|reply)s?\\s+to\\s+)?";
    private static final String SEPARATOR = "\\s*(?:,|and|&|/|-|–|to)\\s*";
    // "Questions 4 and 5", "Q4 & Q5": a list needs a plural or a "Q" on every item, so that
    // "Q2 - 57" reads as question 2 answered "57".
    private static final Pattern NAMED_LIST = Pattern.compile("(?i)" + LEAD + "(?:" + ANSWER_TO
            + "(?:questions|answers|responses|items|points|parts)\\s*(" + VALUE + "(?:" + SEPARATOR + "(?:q|question)?\\s*" + VALUE
            + ")+)|" + ANSWER_TO + "(?:q|question)\\s*\\.?\\s*(" + VALUE + "(?:" + SEPARATOR + "(?:q|question)\\s*\\.?\\s*" + VALUE
            + ")+))(?![\\w])" + TAIL);
    private static final Pattern NAMED = Pattern.compile("(?i)" + LEAD + ANSWER_TO
            + "(?:q|question|request|item|point|part|answer|response)\\s*\\.?\\s*(" + VALUE + ")(?![\\w])(?!\\s+\\d)" + TAIL);
    // "1. and 2 This information is not recorded": bare numbers grouped at a line's start.
    private static final Pattern NUMBER_LIST = Pattern.compile(LEAD + "(\\d{1,2})[.)]((?:\\s*(?:,|and|&)\\s*\\d{1,2}[.)]?)+)(?![\\w%])" + TAIL);
    // "1 There are 5 properties": a bare number before a capitalised word labels a line too.
    private static final Pattern NUMBERED = Pattern.compile(LEAD + "(\\(?)(\\d{1,2})(\\)|\\.(?!\\d)|:|,(?=[ \\u00A0]+\\p{Lu})|\\s?[-–—](?=\\s)"
            + "|(?=[ \\u00A0]+(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))\\p{Lu}[\\p{Ll}'’]))" + TAIL);
    private static final Pattern LETTERED = Pattern.compile(LEAD + "(\\(?)([a-zA-Z]|[ivxIVX]{2,6})([.)])(?=[\\s*_]|$)" + TAIL);
    private static final Pattern BULLET = Pattern.compile("^[\\s\\u00A0]*(?:[•◦▪‣·]|[*\\-–—](?=\\s))\\s+");
    private static final Pattern YOU_ASKED = Pattern.compile("(?i)" + LEAD + "(?:you\\s+asked(?:\\s+(?:for|whether|if|about))?"
            + "\\s*[:\\-–]?|(?:your\\s+(?:request|question)|question|request)\\s*(?:was)?\\s*[:\\-–])" + TAIL);
    private static final Pattern ITEM_IN_LIST = Pattern.compile("(?i)(?:\\s*(?:,|and|&|/)\\s*|\\s*(-|–|to)\\s*)?"
            + "(?:q|question)?\\s*\\.?\\s*\\(?(\\d{1,2}|[ivx]{2,6}|[a-z])\\)?");
    // "1. a) & b)": sub-items written after their number, answered together.
    private static final Pattern SUB_ITEM = Pattern.compile("\\(?([a-z]|[ivx]{2,6})\\)[\\s\\u00A0]*(?:(?:&|and|,)[\\s\\u00A0]*)?");
    private static final Pattern LABEL_PARENT = Pattern.compile("(?i)^\\s*(?:q|question)?\\s*(\\d{1,2})\\s*[.)]?\\s*\\(?([a-z]|[ivx]{2,6})\\)?\\s*$");
    private static final String[] ROMAN_UNITS = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};

    /** The marker at the start of the line, or null when the line starts with ordinary text. */
    static LineMarker of(String line) {
        Matcher m = NAMED_LIST.matcher(line);
        if (m.lookingAt()) {
            return worded(marker(valuesIn(m.group(1) != null ? m.group(1) : m.group(2)), false, line, m.end()));
        }
        m = NAMED.matcher(line);
        if (m.lookingAt()) {
            return worded(marker(valuesIn(m.group(1)), false, line, m.end()));
        }
        m = NUMBER_LIST.matcher(line);
        if (m.lookingAt()) {
            List<Reading> numbers = new ArrayList<>(List.of(new Reading(Series.NUMBER, Integer.parseInt(m.group(1)))));
            Matcher more = Pattern.compile("\\d{1,2}").matcher(m.group(2));
            while (more.find()) {
                numbers.add(new Reading(Series.NUMBER, Integer.parseInt(more.group())));
            }
            return marker(numbers, false, line, m.end());
        }
        m = NUMBERED.matcher(line);
        if (m.lookingAt() && (m.group(1).isEmpty() || m.group(3).equals(")"))) {
            int number = Integer.parseInt(m.group(2));
            List<Reading> subItems = new ArrayList<>();
            Matcher sub = SUB_ITEM.matcher(line);
            int end = m.end();
            while (sub.region(end, line.length()).lookingAt()) {
                subItems.addAll(readingsOf(sub.group(1)));
                end = sub.end();
            }
            if (!subItems.isEmpty()) {
                return new LineMarker(List.copyOf(subItems), number, false, end, headingOnly(line, end), false);
            }
            return marker(List.of(new Reading(Series.NUMBER, number)), false, line, m.end());
        }
        m = LETTERED.matcher(line);
        if (m.lookingAt() && (m.group(1).isEmpty() || m.group(3).equals(")"))) {
            return marker(readingsOf(m.group(2)), false, line, m.end());
        }
        m = YOU_ASKED.matcher(line);
        if (m.lookingAt()) {
            return marker(List.of(), false, line, m.end());
        }
        m = BULLET.matcher(line);
        if (m.lookingAt()) {
            return marker(List.of(), true, line, m.end());
        }
        return null;
    }

    /** What a request's question label could be called in the reply: "a)" gives letter a, "1a" letter a under 1. */
    static List<Reading> readingsOfLabel(String label) {
        Matcher nested = LABEL_PARENT.matcher(label);
        if (nested.matches()) {
            return readingsOf(nested.group(2));
        }
        String bare = label.replaceAll("(?i)^\\s*(?:q|question)\\s*", "").replaceAll("[^\\p{Alnum}]", "");
        if (bare.matches("\\d{1,3}")) {
            return List.of(new Reading(Series.NUMBER, Integer.parseInt(bare)));
        }
        return bare.matches("[A-Za-z]+") ? readingsOf(bare) : List.of();
    }

    /** The number a label such as "1a" or "1(a)" sits under, 0 for a plain label. */
    static int parentOfLabel(String label) {
        Matcher nested = LABEL_PARENT.matcher(label);
        return nested.matches() ? Integer.parseInt(nested.group(1)) : 0;
    }

    boolean names(List<Reading> question) {
        return readings.stream().anyMatch(question::contains);
    }

    /** Whether this label names the question: "1. b)" names 1b only, "b)" any b. */
    boolean names(List<Reading> question, int questionParent) {
        return names(question) && (parent == 0 || parent == questionParent);
    }

    private static LineMarker marker(List<Reading> readings, boolean bullet, String line, int end) {
        return new LineMarker(List.copyOf(readings), 0, bullet, end, headingOnly(line, end), false);
    }

    private static LineMarker worded(LineMarker m) {
        return new LineMarker(m.readings(), m.parent(), m.bullet(), m.contentStart(), m.headingOnly(), true);
    }

    private static boolean headingOnly(String line, int end) {
        return line.substring(end).replaceAll("[*_:\\s\\u00A0]", "").isEmpty();
    }

    /** "4 and 5", "4-6", "Q4 & Q5": ranges are filled in. */
    private static List<Reading> valuesIn(String list) {
        List<Reading> readings = new ArrayList<>();
        Matcher m = ITEM_IN_LIST.matcher(list);
        Integer previous = null;
        for (int at = 0; at < list.length() && m.region(at, list.length()).lookingAt() && m.end() > at; at = m.end()) {
            List<Reading> these = readingsOf(m.group(2));
            boolean number = these.size() == 1 && these.getFirst().series() == Series.NUMBER;
            if (m.group(1) != null && previous != null && number) {
                for (int v = previous + 1; v < these.getFirst().value(); v++) {
                    readings.add(new Reading(Series.NUMBER, v));
                }
            }
            readings.addAll(these);
            previous = number ? these.getFirst().value() : null;
        }
        return readings;
    }

    private static List<Reading> readingsOf(String token) {
        if (token.matches("\\d+")) {
            return List.of(new Reading(Series.NUMBER, Integer.parseInt(token)));
        }
        List<Reading> readings = new ArrayList<>();
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.length() == 1) {
            readings.add(new Reading(Series.LETTER, lower.charAt(0) - 'a' + 1));
        }
        for (int value = 1; value < 40; value++) {
            if (("x".repeat(value / 10) + ROMAN_UNITS[value % 10]).equals(lower)) {
                readings.add(new Reading(Series.ROMAN, value));
            }
        }
        return readings;
    }
}
