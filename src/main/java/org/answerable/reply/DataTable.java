package org.answerable.reply;

import java.util.List;
import java.util.Objects;

/**
 * Figures an authority gave as a table, kept cell by cell so that campaigns can compare and chart
 * them. Every row has one cell per column header.
 *
 * @param columnHeaders one per column; stacked headers are joined ("CSE 10-14"); may be blank
 * @param rowHeaders one per row ("2015"); blank when the table has no row labels
 * @param rowDimension what the rows are ("Year"), blank when unknown
 * @param columnDimension what the columns are ("Age"), blank when unknown
 */
public record DataTable(List<String> columnHeaders, List<String> rowHeaders, List<List<Cell>> rows,
        String rowDimension, String columnDimension) {

    public DataTable {
        columnHeaders = List.copyOf(Objects.requireNonNull(columnHeaders, "columnHeaders"));
        rowHeaders = List.copyOf(Objects.requireNonNull(rowHeaders, "rowHeaders"));
        rows = Objects.requireNonNull(rows, "rows").stream().map(List::copyOf).toList();
        rowDimension = rowDimension == null ? "" : rowDimension;
        columnDimension = columnDimension == null ? "" : columnDimension;
        if (columnHeaders.isEmpty() || rows.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one row and one column");
        }
        if (rowHeaders.size() != rows.size()) {
            throw new IllegalArgumentException(rows.size() + " rows but " + rowHeaders.size() + " row headers");
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != columnHeaders.size()) {
                throw new IllegalArgumentException("Row " + (r + 1) + " has " + rows.get(r).size() + " cells but the table has "
                        + columnHeaders.size() + " columns");
            }
        }
    }

    /** The cell in the given row and column, counting from 0 and excluding the headers. */
    public Cell cell(int row, int column) {
        return rows.get(row).get(column);
    }
}
