package org.answerable.reply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of pasted text as a table row, whatever made it: a spreadsheet (tabs), a web
 * page or Markdown (pipes), a PDF (columns aligned with spaces), or a letter ("2022-23 - £325,100",
 * "1a – 27", "Closed No Clarification 68"). A line that is none of these is prose.
 */
final class TableLine {

    static final Pattern WIDE_GAP = Pattern.compile("[ \\u00A0\\u2007\\u202F]{2,}");
    private static final Pattern PERIOD_LED = Pattern.compile("^(" + TableLayout.PERIOD + ")(?:\\s*[:|=]\\s*|\\s+[-–—]\\s+(?=\\S)|\\s+)(.+)$");
    // "1a – 27", "Total = 17", "Under 18: 4": a short label, a separator, then figures.
    private static final Pattern LABEL_LED = Pattern.compile("^(\\S.{0,39}?)\\s+[-–—=]\\s+(\\S.*)$|^([^:]{1,40}):\\s+(\\S.*)$");
    // A Markdown rule under a pipe table's header: "|---|:--:|".
    private static final Pattern PIPE_RULE = Pattern.compile("^[\\s|:\\-–—+=]*-[\\s|:\\-–—+=]*$");
    private static final Pattern COUNTED = Pattern.compile("(£?\\d[\\d,]*(?:\\.\\d+)?%?)[ \\u00A0]+\\p{L}[\\p{L}' ]{0,30}?\\.?");
    private static final Pattern AGE_BAND = Pattern.compile("(?i)(?:under|over|aged|age|below|above)|aged\\s+\\d{1,2}\\s+(?:and|to|-)");
    // "Aged 16 and 17 number is under 5": a label, then a suppressed figure written in words.
    private static final Pattern TRAILING_SUPPRESSED = Pattern.compile("^(.{1,60}?)\\s+((?:the\\s+)?(?:number|figure|total)\\s+is\\s+"
            + "(?:under|below|fewer\\s+than|less\\s+than)\\s+\\d{1,2}|(?:fewer|less)\\s+than\\s+\\d{1,2})$", Pattern.CASE_INSENSITIVE);
    // A row label never ends in a word that needs the figure to finish the sentence ("fewer than 5").
    private static final Pattern OPEN_ENDED = Pattern.compile("(?i).*\\b(?:of|for|in|to|the|a|and|or|was|were|is|are|be|by|than"
            + "|at|on|from|since|about|over|under|aged|around|approximately|some|only|just|section|regulation|s|r"
            + "|within|with|into|per|below|above|least|nearly|almost|roughly|exceed|exceeds|exceeding|exceeded"
            // "… April 01-March 31": the figure is a day of the month.
            + "|(?:[\\p{L}\\d]+-)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)$");
    private static final Pattern SLASH = Pattern.compile("[ \\u00A0]+/[ \\u00A0]+");
    static final int SHORT_CELL = 40;
    private static final int LONGEST_LABEL = 60;
    // A question copied into the requester's own table ("…how many requests did you receive? 1360 1218").
    private static final int LONGEST_QUESTION_LABEL = 200;
    private static final int LONGEST_INDENTED_CELL = 60;

    private TableLine() {
    }

    /** The cells on one line, an empty list for a blank line (or a Markdown rule), or null for prose. */
    static List<String> cells(String line) {
        if (line.indexOf('\t') >= 0) {
            return tabbed(line);
        }
        String content = clean(line);
        if (content.isEmpty() || PIPE_RULE.matcher(content).matches()) {
            return List.of();
        }
        if (content.indexOf('|') >= 0) {
            return piped(content);
        }
        List<String> slashed = slashed(content);
        if (slashed != null) {
            return slashed;
        }
        List<String> cells = spaced(content);
        if (cells.size() < 2 || cells.subList(1, cells.size()).stream().noneMatch(c -> Cell.of(c).isFigure())) {
            return null;
        }
        boolean shortValues = cells.subList(1, cells.size()).stream().allMatch(c -> c.length() <= SHORT_CELL);
        return shortValues && labelFits(cells.getFirst(), cells.size() - 1) ? cells : null;
    }

    static String clean(String s) {
        return s.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').strip();
    }

    private static List<String> tabbed(String line) {
        boolean indentedOnly = line.startsWith("\t") && line.indexOf('\t', 1) < 0;
        if (!indentedOnly) {
            return Arrays.stream(line.split("\t", -1)).map(TableLine::clean).toList();
        }
        List<String> cells = spaced(clean(line.substring(1)));
        return cells.size() == 1 && cells.getFirst().length() > LONGEST_INDENTED_CELL ? null : cells;
    }

    /** "| 2018 | 1,389 |" or "2018 – 2019 | 1,389 |": the border pipes make no cells. */
    private static List<String> piped(String content) {
        List<String> cells = new ArrayList<>(Arrays.stream(content.split("\\|", -1)).map(TableLine::clean).toList());
        if (!cells.isEmpty() && cells.getFirst().isEmpty() && content.startsWith("|")) {
            cells.removeFirst();
        }
        if (!cells.isEmpty() && cells.getLast().isEmpty() && content.endsWith("|")) {
            cells.removeLast();
        }
        // "27(1) |": one cell of a table copied one cell per line.
        boolean oneBorderedCell = cells.size() == 1 && content.endsWith("|") && cells.getFirst().length() <= 2 * SHORT_CELL;
        return cells.size() >= 2 || oneBorderedCell ? cells : null;
    }

    /**
     * "2005 / 2006 / 2007", "Requests received / 1168 / 1103 / 1058": cells a web page's table left
     * separated by slashes. Two slashes at least, and figures after the first cell.
     */
    private static List<String> slashed(String content) {
        String[] cells = SLASH.split(content);
        if (cells.length < 3) {
            return null;
        }
        long figures = Arrays.stream(cells).skip(1).filter(c -> Cell.of(c).isFigure() || TableLayout.isPeriod(c)).count();
        return figures >= 2 && figures * 2 >= cells.length - 1 ? Arrays.stream(cells).map(TableLine::clean).toList() : null;
    }

    private static boolean labelFits(String label, int figures) {
        if (label.length() <= LONGEST_LABEL) {
            return true;
        }
        return figures >= 2 && label.length() <= LONGEST_QUESTION_LABEL && (label.endsWith("?") || label.endsWith(":"));
    }

    /** Splits at wide gaps, after a leading period or short label and a separator, or before trailing figures. */
    static List<String> spaced(String content) {
        List<String> parts = List.of(WIDE_GAP.split(content));
        if (parts.size() > 1) {
            return parts;
        }
        Matcher period = PERIOD_LED.matcher(content);
        if (period.matches()) {
            List<String> row = labelAndFigures(period.group(1), period.group(2));
            if (row != null) {
                return row;
            }
        }
        Matcher label = LABEL_LED.matcher(content);
        if (label.matches()) {
            String name = label.group(1) != null ? label.group(1) : label.group(3);
            String value = label.group(1) != null ? label.group(2) : label.group(4);
            List<String> row = name.matches(".*\\p{L}.*") ? labelAndFigures(name.strip(), value) : null;
            if (row != null && row.subList(1, row.size()).stream().anyMatch(c -> c.matches(".*\\d.*"))) {
                return row;
            }
        }
        return trailingFigures(content);
    }

    private static List<String> labelAndFigures(String label, String rest) {
        if (Cell.of(rest).kind() == CellKind.SUPPRESSED) {
            return List.of(label, rest.strip());
        }
        List<String> figures = List.of(rest.strip().split("[ \\u00A0]+"));
        if (!figures.stream().allMatch(f -> Cell.of(f).isFigure())) {
            return countedThings(label, rest);
        }
        List<String> row = new ArrayList<>(List.of(label));
        row.addAll(figures);
        return row;
    }

    /**
     * "2021/22 - 178 trees felled.", "June 2022 – 765 claims, 176 accepted, £38,819 paid": figures
     * each followed by the few words that say what they count. Null for anything else.
     */
    private static List<String> countedThings(String label, String rest) {
        List<String> row = new ArrayList<>(List.of(label));
        for (String item : rest.strip().split("\\s*[,;]\\s+(?:and\\s+)?")) {
            Matcher counted = COUNTED.matcher(item);
            if (!counted.matches()) {
                return null;
            }
            row.add(counted.group(1));
        }
        return row;
    }

    /** "Closed No Clarification 68", "Domestic abuse 12 <5 3": words, then only figures. */
    private static List<String> trailingFigures(String content) {
        Matcher suppressed = TRAILING_SUPPRESSED.matcher(content);
        if (suppressed.matches() && suppressed.group(1).matches(".*\\p{L}.*")) {
            return List.of(suppressed.group(1), suppressed.group(2));
        }
        String[] words = content.split(" +");
        int first = words.length;
        while (first > 0 && Cell.of(words[first - 1]).isFigure() && words[first - 1].matches(".*[\\d*].*|[-–—]{1,2}|(?i)n/?a")) {
            first--;
        }
        if (first == 0 && words.length >= 3) {
            return List.of(words);
        }
        if (first == words.length || first == 0) {
            return List.of(content);
        }
        String label = String.join(" ", Arrays.copyOfRange(words, 0, first));
        // "Under 5  0", "Aged 16 and 17  3": an age band's number belongs to its label.
        if (AGE_BAND.matcher(label).matches() && words.length - first >= 2) {
            label = label + " " + words[first++];
        }
        if (!label.matches(".*\\p{L}.*") || OPEN_ENDED.matcher(label).matches() || label.endsWith(".") || label.endsWith(",")) {
            return List.of(content);
        }
        List<String> row = new ArrayList<>(List.of(label));
        row.addAll(List.of(words).subList(first, words.length));
        return row;
    }
}
