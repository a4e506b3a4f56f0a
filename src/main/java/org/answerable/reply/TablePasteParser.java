package org.answerable.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a table out of pasted text. The shapes come from councils' letters, web pages, PDFs and
 * spreadsheets (see {@link TableLine} for the rows):
 * <ul>
 *   <li>tab-separated rows, as a spreadsheet copies them, and pipe tables ("| 2018 | 1,389 |");</li>
 *   <li>one cell per tab-indented line, a blank line ending each row, as a Word table pastes
 *       from a web page (the Leicester replies);</li>
 *   <li>columns aligned with spaces, from a PDF, with the heading line above them;</li>
 *   <li>a label and figures on one line: "2015&nbsp;&nbsp; 18,201", "2022-23 - £325,100", "1a – 27",
 *       "Closed No Clarification 68";</li>
 *   <li>the same labels repeated in blocks under headings ("End of March 2023", "End of June 23"):
 *       one column per heading.</li>
 * </ul>
 * In a longer text (a whole answer) the largest run of such lines is taken as the table; prose
 * stays out. Without any of these signs, text made only of short lines in equal blocks is read
 * one cell per line too. A table holds at least one figure (or a stated absence): rows of words
 * are not figures to compare. The letter's own notes on its markers are applied (see
 * {@link TableKey}). The shape is a best guess that the user confirms.
 */
public final class TablePasteParser {

    /** Consecutive table lines: where they start, how many hold cells, and the rows they make. */
    private record Region(int firstLine, int tableLines, List<List<String>> rows) {}

    // Each label starts with a capital: "from 1 April to 31 March" is a sentence, not pairs.
    private static final String PAIR_TEXT = "(\\p{Lu}[^\\d]{0,60}?)\\s+(\\d[\\d,]*(?:\\.\\d+)?%?)(?=\\s|$)";
    private static final java.util.regex.Pattern PAIR = java.util.regex.Pattern.compile(PAIR_TEXT);
    private static final java.util.regex.Pattern RUN_TOGETHER = java.util.regex.Pattern.compile("(?:" + PAIR_TEXT + "\\s*){3,}");

    private TablePasteParser() {
    }

    public static Optional<DataTable> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<List<String>> cellsPerLine = lines.stream().map(TableLine::cells).toList();
        List<Region> regions = regions(cellsPerLine);
        List<List<String>> rows = StackedBlocks.columns(regions.stream().map(r -> new StackedBlocks.Block(
                heading(lines, r.firstLine()), r.rows())).toList());
        if (rows.isEmpty()) {
            Region largest = regions.stream().filter(TablePasteParser::isTable)
                    .reduce((a, b) -> b.tableLines() > a.tableLines() ? b : a).orElse(null);
            rows = largest == null ? shortLineBlocks(lines) : withHeadingAbove(largest, lines);
        }
        if (rows.isEmpty()) {
            rows = runTogetherPairs(lines);
        }
        return rows.isEmpty() ? Optional.empty() : TableLayout.shape(rows).filter(TablePasteParser::holdsFigures)
                .map(table -> TableKey.of(text).applyTo(table));
    }

    /** Two rows at least, or one row of three figures or more ("1360 1218 1389"). */
    private static boolean isTable(Region region) {
        if (region.tableLines() >= 2) {
            return true;
        }
        List<String> row = region.rows().getFirst();
        return row.size() >= 3 && row.stream().allMatch(c -> Cell.of(c).kind() != CellKind.TEXT);
    }

    private static boolean holdsFigures(DataTable table) {
        return table.rows().stream().flatMap(List::stream).anyMatch(Cell::isFigure);
    }

    /** The short line just above a region, if any: a heading such as "End of March 2023". */
    private static String heading(List<String> lines, int firstLine) {
        for (int i = firstLine - 1; i >= 0; i--) {
            String line = TableLine.clean(lines.get(i));
            if (!line.isEmpty()) {
                return line.length() <= TableLine.SHORT_CELL && !line.endsWith(".") ? line : "";
            }
        }
        return "";
    }

    /** Column headings above the figures ("Year    CSE    CCE", "Information released? Total"). */
    private static List<List<String>> withHeadingAbove(Region region, List<String> lines) {
        if (region.firstLine() == 0) {
            return region.rows();
        }
        String above = TableLine.clean(lines.get(region.firstLine() - 1));
        List<String> heading = HeadingLine.split(above, region.rows());
        if (heading.isEmpty()) {
            return region.rows();
        }
        List<List<String>> rows = new ArrayList<>(List.of(heading));
        rows.addAll(region.rows());
        return rows;
    }

    /**
     * Runs of table lines, blank lines allowed between them. A blank-separated block whose lines
     * hold one cell each is one row; otherwise each line is a row.
     */
    private static List<Region> regions(List<List<String>> cellsPerLine) {
        List<Region> regions = new ArrayList<>();
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
            regions.add(new Region(first, tableLines, rowsOf(blocks)));
        }
        return regions;
    }

    private static List<List<String>> rowsOf(List<List<List<String>>> blocks) {
        List<List<String>> rows = new ArrayList<>();
        for (List<List<String>> block : blocks) {
            if (block.isEmpty()) {
                continue;
            }
            if (block.size() > 1 && block.stream().allMatch(line -> line.size() == 1)) {
                List<String> cells = block.stream().map(List::getFirst).toList();
                List<List<String>> byHeader = rowsByHeaderWidth(cells);
                if (byHeader.isEmpty()) {
                    rows.add(cells);
                } else {
                    rows.addAll(byHeader);
                }
            } else {
                rows.addAll(block);
            }
        }
        return rows;
    }

    /**
     * A whole table one cell per line, row after row with no blank line between rows, as web
     * pages' tables often copy ("Public Interest Exemption |", "Partial Disclosure |", …, "27(1) |",
     * "3 |", "5 |"): the words before the first figure are the header, and as many cells make each
     * row. Nothing when the cells do not fall into such rows.
     */
    static List<List<String>> rowsByHeaderWidth(List<String> cells) {
        int firstFigure = 0;
        while (firstFigure < cells.size() && !Cell.of(cells.get(firstFigure)).isFigure()) {
            firstFigure++;
        }
        for (int width : new int[] {firstFigure - 1, firstFigure}) {
            if (width < 2 || cells.size() <= width || (cells.size() - width) % width != 0) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (int from = 0; from < cells.size(); from += width) {
                rows.add(cells.subList(from, from + width));
            }
            if (rows.subList(1, rows.size()).stream().allMatch(r -> r.subList(1, width).stream().anyMatch(c -> Cell.of(c).isFigure()))) {
                return rows;
            }
        }
        return List.of();
    }

    /**
     * A two-column table a page ran into one line: "Female 4046 Male 21175 Not Recorded 210 Grand
     * Total 25432", each label followed by its figure, three pairs at least. The longest such line.
     */
    private static List<List<String>> runTogetherPairs(List<String> lines) {
        List<List<String>> best = List.of();
        for (String line : lines) {
            String content = TableLine.clean(line);
            if (!RUN_TOGETHER.matcher(content).matches()) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            java.util.regex.Matcher pair = PAIR.matcher(content);
            while (pair.find()) {
                rows.add(List.of(pair.group(1).strip(), pair.group(2)));
            }
            best = rows.size() > best.size() ? rows : best;
        }
        return best;
    }

    /** A table pasted one cell per line without tabs, e.g. from a PDF: short lines in blocks. */
    private static List<List<String>> shortLineBlocks(List<String> lines) {
        List<List<String>> rows = new ArrayList<>(List.of(new ArrayList<>()));
        for (String line : lines) {
            String cell = TableLine.clean(line);
            if (cell.isEmpty()) {
                rows.add(new ArrayList<>());
            } else if (cell.length() > TableLine.SHORT_CELL || (cell.endsWith(".") && !Cell.of(cell).isFigure())) {
                return List.of();
            } else {
                rows.getLast().add(cell);
            }
        }
        rows.removeIf(List::isEmpty);
        boolean anyFigure = rows.stream().flatMap(List::stream).anyMatch(c -> Cell.of(c).isFigure());
        long multiCell = rows.stream().filter(r -> r.size() >= 2).count();
        if (anyFigure && multiCell >= 2) {
            return rows;
        }
        // "6", "5", "20" each on its own line: one row of cells, as a web page's table row copies.
        long figures = rows.stream().flatMap(List::stream).filter(c -> Cell.of(c).isFigure() && c.matches(".*\\d.*")).count();
        boolean oneCellEach = rows.size() >= 2 && rows.stream().allMatch(r -> r.size() == 1);
        return oneCellEach && figures >= 2 && figures * 2 >= rows.size() ? List.of(rows.stream().map(List::getFirst).toList()) : List.of();
    }
}
