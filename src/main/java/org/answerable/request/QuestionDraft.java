package org.answerable.request;

/** A question as edited in the form, before it is saved. */
public record QuestionDraft(String label, String text) {
}
