package org.answerable.importing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.answerable.importing.ColumnMapping;
import org.answerable.importing.ImportField;

/** One drop-down per field of a request, listing the spreadsheet's columns by their headers. */
class ColumnMappingFields extends FormLayout {

    final Map<ImportField, ComboBox<Integer>> columnOf = new EnumMap<>(ImportField.class);
    private ColumnMapping mapping = ColumnMapping.none();
    private boolean showing;

    ColumnMappingFields(Consumer<ColumnMapping> onChange) {
        for (ImportField field : ImportField.values()) {
            ComboBox<Integer> column = new ComboBox<>(field.label() + (field.isRequired() ? " (required)" : ""));
            column.setPlaceholder(field.isRequired() ? "Choose a column" : "Not imported");
            column.setClearButtonVisible(!field.isRequired());
            column.setId("column-" + field.name().toLowerCase().replace('_', '-'));
            column.addValueChangeListener(e -> {
                if (!showing) {
                    show(mapping.with(field, e.getValue()));
                    onChange.accept(mapping);
                }
            });
            columnOf.put(field, column);
            add(column);
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("50em", 3));
    }

    void setHeaders(List<String> headers) {
        showing = true;
        columnOf.values().forEach(column -> {
            column.setItems(IntStream.range(0, headers.size()).boxed().toList());
            column.setItemLabelGenerator(i -> label(headers, i));
        });
        showing = false;
    }

    void show(ColumnMapping shown) {
        showing = true;
        mapping = shown;
        columnOf.forEach((field, column) -> column.setValue(shown.column(field).orElse(null)));
        showing = false;
    }

    /** "C: Council", so an unnamed or repeated header can still be told apart. */
    private static String label(List<String> headers, int column) {
        String letter = column < 26 ? String.valueOf((char) ('A' + column)) : "Column " + (column + 1);
        String header = headers.get(column);
        return header.isBlank() ? letter + " (no header)" : letter + ": " + header;
    }
}
