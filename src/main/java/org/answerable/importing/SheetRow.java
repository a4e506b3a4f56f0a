package org.answerable.importing;

import java.util.List;

/** A data row, numbered as the spreadsheet program shows it (the header is row 1). */
public record SheetRow(int number, List<Cell> cells) {

    public Cell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
    }

    boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }
}
