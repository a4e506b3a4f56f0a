package org.answerable.reply.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.answerable.reply.Cell;
import org.answerable.reply.DataTable;

/**
 * The answer's table with every cell editable as written: type "c" and it is read as a suppressed
 * cell, "-" as not recorded, "£341,900" as an amount. The column headers stay as pasted.
 */
class EditableTable extends Grid<Integer> {

    private final List<String> rowHeaders;
    private final List<List<Cell>> rows;
    private final DataTable original;

    EditableTable(DataTable table) {
        this.original = table;
        this.rowHeaders = new ArrayList<>(table.rowHeaders());
        this.rows = new ArrayList<>(table.rows().stream().map(row -> (List<Cell>) new ArrayList<>(row)).toList());
        addComponentColumn(row -> field(rowHeaders.get(row), "Row " + (row + 1) + " label", text -> rowHeaders.set(row, text)))
                .setHeader(table.rowDimension() == null || table.rowDimension().isBlank() ? "Row" : table.rowDimension()).setFrozen(true);
        for (int c = 0; c < table.columnHeaders().size(); c++) {
            int column = c;
            addComponentColumn(row -> field(rows.get(row).get(column).raw(),
                    table.columnHeaders().get(column) + ", row " + (row + 1),
                    text -> rows.get(row).set(column, Cell.of(text))))
                    .setHeader(DataTableView.columnHeader(table, column));
        }
        setItems(IntStream.range(0, rows.size()).boxed().toList());
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addClassName("data-table");
    }

    /** The table as edited now. */
    DataTable value() {
        return new DataTable(original.columnHeaders(), rowHeaders, rows, original.rowDimension(), original.columnDimension());
    }

    private static TextField field(String value, String ariaLabel, java.util.function.Consumer<String> onChange) {
        TextField field = new TextField();
        field.setValue(value == null ? "" : value);
        field.setAriaLabel(ariaLabel);
        field.setWidthFull();
        field.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return field;
    }
}
