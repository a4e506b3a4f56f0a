package org.answerable.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The file types a table downloads as. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8", "CSV"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel");

    private final String extension;
    private final String contentType;
    private final String label;

    ExportFormat(String extension, String contentType, String label) {
        this.extension = extension;
        this.contentType = contentType;
        this.label = label;
    }

    public String contentType() {
        return contentType;
    }

    /** What a download link calls the format: "CSV", "Excel". */
    public String label() {
        return label;
    }

    /** "answerable-requests-2025-06-02.csv" from the table's name. */
    public String fileName(String baseName) {
        return baseName.replaceAll("[^A-Za-z0-9._-]+", "-") + "." + extension;
    }

    public void write(ExportTable table, OutputStream out) {
        try {
            switch (this) {
                case CSV -> CsvTableWriter.write(table, out);
                case XLSX -> XlsxTableWriter.write(table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
