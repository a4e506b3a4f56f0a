package org.answerable.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table out of pasted text. Three shapes come from councils' letters and spreadsheets:
 * <ul>
 *   <li>tab-separated rows, as a spreadsheet copies them;</li>
 *   <li>one cell per tab-indented line, a blank line ending each row, as a Word table pastes
 *       from a web page (the Leicester replies);</li>
 *   <li>a label and figures on one line, spaced out or after a year: "2015&nbsp;&nbsp; 18,201",
 *       "2022-23 - £325,100", "2015 19 20 - -".</li>
 * </ul>
 * In a longer text (a whole answer) the largest run of such lines is taken as the table; prose
 * stays out. Without any of these signs, text made only of short lines in equal blocks is read
 * one cell per line too. The shape is a best guess that the user confirms.
 */
public final class TablePasteParser {

    private static final Pattern WIDE_GAP = Pattern.compile("[ \\u00A0\\u2007\\u202F]{2,}");
    private static final Pattern PERIOD_LED = Pattern.compile("^(" + TableLayout.PERIOD + ")(?:\\s*[:|]\\s*|\\s+[-–—]\\s+(?=\\S)|\\s+)(.+)$");
    private static final int SHORT_CELL = 40;

    /** Consecutive table lines: where they start and the rows they make. */
    private record Region(int firstLine, List<List<String>> rows) {}

    private static final int LONGEST_INDENTED_CELL = 60;

    private TablePasteParser() {
    }

    public static Optional<DataTable> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<List<String>> cellsPerLine = lines.stream().map(TablePasteParser::cells).toList();
        Region region = largestRegion(cellsPerLine);
        List<List<String>> rows = region == null ? shortLineBlocks(lines) : withHeadingAbove(region, lines);
        return rows.isEmpty() ? Optional.empty() : TableLayout.shape(rows);
    }

    /** Column headings spaced out above figures ("Year    CSE    CCE") have no figure to show them. */
    private static List<List<String>> withHeadingAbove(Region region, List<String> lines) {
        if (region.firstLine() == 0) {
            return region.rows();
        }
        List<String> heading = List.of(WIDE_GAP.split(clean(lines.get(region.firstLine() - 1))));
        if (heading.size() < 2 || heading.stream().anyMatch(c -> c.length() > SHORT_CELL)) {
            return region.rows();
        }
        List<List<String>> rows = new ArrayList<>(List.of(heading));
        rows.addAll(region.rows());
        return rows;
    }

    /** The cells on one line, an empty list for a blank line, or null for prose. */
    private static List<String> cells(String line) {
        if (line.indexOf('\t') >= 0) {
            boolean indentedOnly = line.startsWith("\t") && line.indexOf('\t', 1) < 0;
            if (!indentedOnly) {
                return List.of(line.split("\t", -1)).stream().map(TablePasteParser::clean).toList();
            }
            List<String> cells = spaced(clean(line.substring(1)));
            return cells.size() == 1 && cells.getFirst().length() > LONGEST_INDENTED_CELL ? null : cells;
        }
        String content = clean(line);
        if (content.isEmpty()) {
            return List.of();
        }
        List<String> cells = spaced(content);
        boolean figures = cells.size() >= 2 && cells.subList(1, cells.size()).stream().anyMatch(c -> Cell.of(c).isFigure());
        boolean allShort = cells.stream().allMatch(c -> c.length() <= SHORT_CELL);
        return figures && allShort ? cells : null;
    }

    /** Splits at wide gaps, or after a leading year when figures follow it. */
    private static List<String> spaced(String content) {
        List<String> parts = List.of(WIDE_GAP.split(content));
        if (parts.size() > 1) {
            return parts;
        }
        Matcher m = PERIOD_LED.matcher(content);
        if (m.matches()) {
            List<String> figures = List.of(m.group(2).strip().split("[ \\u00A0]+"));
            if (figures.stream().allMatch(f -> Cell.of(f).isFigure())) {
                List<String> row = new ArrayList<>(List.of(m.group(1)));
                row.addAll(figures);
                return row;
            }
        }
        return List.of(content);
    }

    private static String clean(String s) {
        return s.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').strip();
    }

    /**
     * Runs of table lines, blank lines allowed between them. A blank-separated block whose lines
     * hold one cell each is one row; otherwise each line is a row.
     */
    private static Region largestRegion(List<List<String>> cellsPerLine) {
        Region best = null;
        int bestLines = 0;
        int i = 0;
        while (i < cellsPerLine.size()) {
            if (cellsPerLine.get(i) == null || cellsPerLine.get(i).isEmpty()) {
                i++;
                continue;
            }
            int first = i;
            List<List<List<String>>> blocks = new ArrayList<>(List.of(new ArrayList<>()));
            int tableLines = 0;
            for (; i < cellsPerLine.size() && cellsPerLine.get(i) != null; i++) {
                if (cellsPerLine.get(i).isEmpty()) {
                    blocks.add(new ArrayList<>());
                } else {
                    blocks.getLast().add(cellsPerLine.get(i));
                    tableLines++;
                }
            }
            if (tableLines >= 2 && tableLines > bestLines) {
                best = new Region(first, rowsOf(blocks));
                bestLines = tableLines;
            }
        }
        return best;
    }

    private static List<List<String>> rowsOf(List<List<List<String>>> blocks) {
        List<List<String>> rows = new ArrayList<>();
        for (List<List<String>> block : blocks) {
            if (block.isEmpty()) {
                continue;
            }
            if (block.stream().allMatch(line -> line.size() == 1)) {
                rows.add(block.stream().map(List::getFirst).toList());
            } else {
                rows.addAll(block);
            }
        }
        return rows;
    }

    /** A table pasted one cell per line without tabs, e.g. from a PDF: short lines in blocks. */
    private static List<List<String>> shortLineBlocks(List<String> lines) {
        List<List<String>> rows = new ArrayList<>(List.of(new ArrayList<>()));
        for (String line : lines) {
            String cell = clean(line);
            if (cell.isEmpty()) {
                rows.add(new ArrayList<>());
            } else if (cell.length() > SHORT_CELL || (cell.endsWith(".") && !Cell.of(cell).isFigure())) {
                return List.of();
            } else {
                rows.getLast().add(cell);
            }
        }
        rows.removeIf(List::isEmpty);
        boolean anyFigure = rows.stream().flatMap(List::stream).anyMatch(c -> Cell.of(c).isFigure());
        long multiCell = rows.stream().filter(r -> r.size() >= 2).count();
        return anyFigure && multiCell >= 2 ? rows : List.of();
    }
}
