package org.answerable.importing;

import java.time.LocalDate;

/**
 * One spreadsheet cell: its text as the user sees it, and for an Excel date cell the date itself,
 * so a date never goes through text (and its locale) on the way in.
 */
public record Cell(String text, LocalDate date) {

    public static final Cell EMPTY = new Cell("", null);

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text.strip(), null);
    }

    public boolean isBlank() {
        return date == null && text.isBlank();
    }
}
