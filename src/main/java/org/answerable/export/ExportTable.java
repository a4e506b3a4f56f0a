package org.answerable.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table to download: a name (the file's and the sheet's), headers and rows. Cells are String,
 * LocalDate, Number, Boolean or null, so a spreadsheet gets real dates and numbers. Any feature
 * (a campaign's comparison grid) builds one and hands it to {@link ExportFormat#write}.
 */
public record ExportTable(String name, List<String> headers, List<List<Object>> rows) {

    public ExportTable {
        Objects.requireNonNull(name, "name");
        headers = List.copyOf(headers);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " cells for " + headers.size() + " headers");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** Collects rows one at a time; a null cell stays empty. */
    public static final class Builder {

        private final String name;
        private final List<String> headers;
        private final List<List<Object>> rows = new ArrayList<>();

        public Builder(String name, String... headers) {
            this.name = name;
            this.headers = List.of(headers);
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public ExportTable build() {
            return new ExportTable(name, headers, rows);
        }
    }
}
