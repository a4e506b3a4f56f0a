package org.answerable.reply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns rows of raw cells into a {@link DataTable}: which rows are headers, whether the first
 * column labels the rows, and how stacked or spanning header rows combine ("CSE" over "10-14"
 * gives "CSE 10-14"; "Ethnicity" and "Age" over "Asian … Other 12 … 17" split where the words
 * turn into ages).
 */
final class TableLayout {

    static final String PERIOD = "(?:19|20)\\d{2}(?:\\s?[-–/]\\s?(?:19|20)?\\d{2})?"
            + "|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:19|20)\\d{2}";
    private static final Pattern IS_PERIOD = Pattern.compile("(?i)" + PERIOD);
    // Column labels such as ages ("12", "10-14", "18+", "under 5"), as opposed to words.
    private static final Pattern BAND = Pattern.compile("(?i)(?:under|over|aged)?\\s*\\d+(?:\\s?[-–]\\s?\\d+|\\+"
            + "|\\s?(?:and|or)\\s?(?:over|under|above))?\\s*(?:yrs?|years?)?");

    private record HeaderRow(String corner, List<String> cells, boolean spanning) {}

    private TableLayout() {
    }

    static boolean isPeriod(String cell) {
        return IS_PERIOD.matcher(cell.strip()).matches();
    }

    static Optional<DataTable> shape(List<List<String>> rawRows) {
        List<List<String>> rows = withoutIndent(rawRows.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList());
        int firstData = IntStream.range(0, rows.size()).filter(i -> looksLikeData(rows.get(i), i)).findFirst().orElse(-1);
        if (firstData < 0) {
            firstData = rows.size() >= 2 ? 1 : -1;
        }
        if (firstData < 0) {
            return Optional.empty();
        }
        List<List<String>> headers = rows.subList(0, firstData);
        List<List<String>> data = rows.subList(firstData, rows.size());
        int width = data.stream().mapToInt(List::size).max().orElse(0);
        if (width < 2) {
            return Optional.empty();
        }
        boolean labelled = hasRowLabels(headers, data, width);
        int columns = labelled ? width - 1 : width;
        List<String> rowHeaders = data.stream().map(r -> labelled ? r.getFirst() : "").toList();
        List<List<Cell>> cells = data.stream().map(r -> padded(labelled ? r.subList(1, r.size()) : r, columns).stream()
                .map(Cell::of).toList()).toList();
        List<HeaderRow> headerRows = headers.stream().map(h -> headerRow(h, labelled, width, columns)).toList();
        List<String> dimensions = new ArrayList<>();
        List<String> columnHeaders = columnHeaders(headerRows, columns, dimensions);
        List<String> corners = headerRows.stream().map(HeaderRow::corner).filter(c -> !c.isBlank()).toList();
        String rowDimension = "";
        if (headerRows.size() == 1 && corners.size() == 1) {
            rowDimension = corners.getFirst();
        } else {
            dimensions.addAll(0, corners);
        }
        if (rowDimension.isEmpty() && labelled && rowHeaders.stream().allMatch(TableLayout::isPeriod)) {
            rowDimension = "Year";
        }
        return Optional.of(new DataTable(columnHeaders, rowHeaders, cells, rowDimension, String.join(" / ", dimensions)));
    }

    /** Tab-indented spreadsheet rows start with an empty cell in every row: indentation, not a column. */
    private static List<List<String>> withoutIndent(List<List<String>> rows) {
        boolean indented = rows.size() > 1 && rows.stream().allMatch(r -> r.size() > 1 && r.getFirst().isBlank());
        return indented ? rows.stream().map(r -> r.subList(1, r.size())).toList() : rows;
    }

    /**
     * A row of figures, or one led by a year. A blank first cell is a header's corner, and a row
     * of years across the top is a header even though years are numbers.
     */
    private static boolean looksLikeData(List<String> row, int index) {
        if (row.size() < 2 || row.getFirst().isBlank()) {
            return false;
        }
        List<String> rest = row.subList(1, row.size());
        if (index == 0 && rest.stream().allMatch(TableLayout::isPeriod)) {
            return false;
        }
        return isPeriod(row.getFirst()) || rest.stream().allMatch(c -> Cell.of(c).isFigure());
    }

    /**
     * The first column labels the rows when it holds periods or words (a "Total" or "2024 (to
     * date)" row among years included), counts up one by one (ages 16, 17, 18), or sits under a
     * blank corner.
     */
    private static boolean hasRowLabels(List<List<String>> headers, List<List<String>> data, int width) {
        List<String> firsts = data.stream().map(List::getFirst).toList();
        if (firsts.stream().allMatch(c -> isPeriod(c) || (!c.isBlank() && !Cell.of(c).isFigure()))) {
            return true;
        }
        if (countsUp(firsts)) {
            return true;
        }
        return !headers.isEmpty() && headers.getLast().size() == width && headers.getLast().getFirst().isBlank();
    }

    /** Whole numbers each one more than the one before: labels (ages, item numbers), not counts. */
    private static boolean countsUp(List<String> cells) {
        if (cells.size() < 2 || !cells.stream().allMatch(c -> c.strip().matches("\\d{1,3}"))) {
            return false;
        }
        return IntStream.range(1, cells.size())
                .allMatch(i -> Integer.parseInt(cells.get(i).strip()) == Integer.parseInt(cells.get(i - 1).strip()) + 1);
    }

    private static HeaderRow headerRow(List<String> row, boolean labelled, int width, int columns) {
        if (labelled && row.size() == width) {
            return new HeaderRow(row.getFirst(), row.subList(1, row.size()), false);
        }
        if (row.size() > columns) {
            int extra = row.size() - columns;
            return new HeaderRow(String.join(" ", row.subList(0, extra)).strip(), row.subList(extra, row.size()), false);
        }
        return new HeaderRow("", row, row.size() < columns);
    }

    /** Joins the header rows column by column; spanning rows are spread over the columns first. */
    private static List<String> columnHeaders(List<HeaderRow> headerRows, int columns, List<String> dimensions) {
        List<List<String>> parts = IntStream.range(0, columns).mapToObj(i -> (List<String>) new ArrayList<String>()).toList();
        for (int h = 0; h < headerRows.size(); h++) {
            HeaderRow row = headerRows.get(h);
            boolean last = h == headerRows.size() - 1;
            List<String> spread = row.spanning() ? spread(row.cells(), below(headerRows, h), columns)
                    : last ? row.cells() : filledAcross(row.cells());
            if (spread == null) {
                dimensions.add(String.join(" / ", row.cells().stream().filter(c -> !c.isBlank()).toList()));
                continue;
            }
            if (row.spanning()) {
                dimensions.add(String.join(" / ", row.cells().stream().filter(c -> !c.isBlank()).toList()));
            }
            for (int c = 0; c < columns; c++) {
                String cell = c < spread.size() ? spread.get(c).strip() : "";
                if (!cell.isEmpty()) {
                    parts.get(c).add(cell);
                }
            }
        }
        return parts.stream().map(p -> String.join(" ", p)).toList();
    }

    /** A merged cell over several columns pastes as its label followed by blanks. */
    private static List<String> filledAcross(List<String> cells) {
        List<String> filled = new ArrayList<>();
        String label = "";
        for (String cell : cells) {
            label = cell.isBlank() ? label : cell;
            filled.add(label);
        }
        return filled;
    }

    private static List<String> below(List<HeaderRow> headerRows, int h) {
        return headerRows.subList(h + 1, headerRows.size()).stream().filter(r -> !r.spanning())
                .map(HeaderRow::cells).findFirst().orElse(List.of());
    }

    /**
     * Spreads k group labels over the columns: where the row below changes from words to numbers
     * (or back) into exactly k runs, else in equal widths, else not at all (null).
     */
    private static List<String> spread(List<String> groups, List<String> below, int columns) {
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < below.size(); c++) {
            boolean band = BAND.matcher(below.get(c).strip()).matches();
            if (c == 0 || band != BAND.matcher(below.get(c - 1).strip()).matches()) {
                widths.add(0);
            }
            widths.set(widths.size() - 1, widths.getLast() + 1);
        }
        if (widths.size() != groups.size() || below.size() != columns) {
            if (columns % groups.size() != 0) {
                return null;
            }
            widths = Collections.nCopies(groups.size(), columns / groups.size());
        }
        List<String> spread = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            spread.addAll(Collections.nCopies(widths.get(g), groups.get(g)));
        }
        return spread;
    }

    private static List<String> padded(List<String> cells, int columns) {
        List<String> padded = new ArrayList<>(cells.subList(0, Math.min(cells.size(), columns)));
        while (padded.size() < columns) {
            padded.add("");
        }
        return padded;
    }
}
