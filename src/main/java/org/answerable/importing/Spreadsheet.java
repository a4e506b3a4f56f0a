package org.answerable.importing;

import java.util.List;

/** The first sheet of an uploaded file: its header row and the non-blank rows below it. */
public record Spreadsheet(String fileName, List<String> headers, List<SheetRow> rows) {
}
