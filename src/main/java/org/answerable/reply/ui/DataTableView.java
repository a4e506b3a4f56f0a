package org.answerable.reply.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.stream.IntStream;
import org.answerable.reply.Cell;
import org.answerable.reply.CellKind;
import org.answerable.reply.DataTable;

/**
 * A table of figures as the authority gave it. Suppressed and not-recorded cells keep their
 * marker ("c", "<5", "-") and are labelled, never shown as zero.
 */
class DataTableView extends Grid<Integer> {

    DataTableView(DataTable table) {
        addColumn(row -> table.rowHeaders().get(row))
                .setHeader(table.rowDimension() == null || table.rowDimension().isBlank() ? "Row" : table.rowDimension()).setFrozen(true);
        for (int c = 0; c < table.columnHeaders().size(); c++) {
            int column = c;
            addColumn(row -> show(table.rows().get(row).get(column)))
                    .setHeader(columnHeader(table, column)).setPartNameGenerator(row ->
                            cellClass(table.rows().get(row).get(column)));
        }
        setItems(IntStream.range(0, table.rowHeaders().size()).boxed().toList());
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addClassName("data-table");
    }

    /** A column the authority left without a heading still needs one for screen readers. */
    static String columnHeader(DataTable table, int column) {
        String header = table.columnHeaders().get(column);
        return header == null || header.isBlank() ? "Column " + (column + 1) : header;
    }

    static String show(Cell cell) {
        return switch (cell.kind()) {
            case SUPPRESSED -> cell.raw() + " (suppressed)";
            case NOT_RECORDED -> cell.raw() + " (not recorded)";
            default -> cell.raw();
        };
    }

    private static String cellClass(Cell cell) {
        return cell.kind() == CellKind.SUPPRESSED || cell.kind() == CellKind.NOT_RECORDED ? "cell-withheld" : null;
    }

}
