package org.answerable.audit;

/** One field's value before and after, as readable text ("" for none), long texts cut short. */
public record FieldChange(String field, String from, String to) {
}
