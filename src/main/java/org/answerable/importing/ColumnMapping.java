package org.answerable.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which column of the spreadsheet feeds which field of the imported requests. Each field reads at
 * most one column and each column feeds at most one field; choosing a column for a second field
 * takes it away from the first.
 */
public final class ColumnMapping {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Too general to count when they are only part of a longer header ("Date of reply"). */
    private static final List<String> EXACT_ONLY = List.of("date", "to", "text", "name", "body", "act", "ref", "url",
            "link", "sent", "law", "tag");

    private final Map<ImportField, Integer> columns;

    private ColumnMapping(Map<ImportField, Integer> columns) {
        this.columns = columns;
    }

    public static ColumnMapping none() {
        return new ColumnMapping(new EnumMap<>(ImportField.class));
    }

    /**
     * Proposes a column for every field whose name appears in the headers: exact header names
     * first ("Reference"), then headers that contain one ("Council name", "FOI request text").
     */
    public static ColumnMapping propose(List<String> headers) {
        Map<ImportField, Integer> proposed = new EnumMap<>(ImportField.class);
        List<String> normalised = headers.stream().map(ColumnMapping::normalise).toList();
        for (boolean exact : new boolean[] {true, false}) {
            for (int column = 0; column < normalised.size(); column++) {
                if (proposed.containsValue(column)) {
                    continue;
                }
                String header = normalised.get(column);
                for (ImportField field : ImportField.values()) {
                    if (!proposed.containsKey(field) && matches(header, field, exact)) {
                        proposed.put(field, column);
                        break;
                    }
                }
            }
        }
        return new ColumnMapping(proposed);
    }

    private static boolean matches(String header, ImportField field, boolean exact) {
        for (String word : field.headerWords()) {
            if (exact ? header.equals(word)
                    : !EXACT_ONLY.contains(word) && (" " + header + " ").contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String header) {
        return NOT_LETTER_OR_DIGIT.matcher(header == null ? "" : header.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A copy with {@code field} read from {@code column} (null: not imported). */
    public ColumnMapping with(ImportField field, Integer column) {
        Map<ImportField, Integer> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.values().removeIf(column::equals);
            changed.put(field, column);
        }
        return new ColumnMapping(changed);
    }

    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    /** The required fields no column feeds yet. */
    public List<ImportField> missingRequired() {
        List<ImportField> missing = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            if (field.isRequired() && !has(field)) {
                missing.add(field);
            }
        }
        return Collections.unmodifiableList(missing);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping that && columns.equals(that.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}
