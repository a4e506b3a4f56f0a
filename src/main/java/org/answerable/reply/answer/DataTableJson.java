package org.answerable.reply.answer;

import java.util.Optional;
import org.answerable.reply.DataTable;
import tools.jackson.databind.json.JsonMapper;

/** Stores an answer's table as JSON, cell by cell as written, so "c" stays "c" and never becomes 0. */
final class DataTableJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DataTableJson() {
    }

    static String write(DataTable table) {
        return table == null ? null : MAPPER.writeValueAsString(table);
    }

    static Optional<DataTable> read(String json) {
        return json == null || json.isBlank() ? Optional.empty() : Optional.of(MAPPER.readValue(json, DataTable.class));
    }
}
