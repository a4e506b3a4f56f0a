package org.answerable.importing;

/**
 * Why one row cannot be imported. {@code row} is the spreadsheet's row number; {@code field} is
 * null when the problem is with the whole row.
 */
public record RowProblem(int row, ImportField field, String message) {

    /** "Row 14, Authority: 'Lecester' is not in the directory", as the list of problems shows it. */
    public String describe() {
        return "Row " + row + (field == null ? "" : ", " + field.label()) + ": " + message;
    }
}
