package org.answerable.audit;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The changed fields of one history row, kept as JSON so any reporting tool can read them too. */
final class ChangesJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldChange>> LIST = new TypeReference<>() { };

    private ChangesJson() {
    }

    static String write(List<FieldChange> changes) {
        return JSON.writeValueAsString(changes);
    }

    static List<FieldChange> read(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, LIST);
    }
}
