package org.answerable.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-field rules of a request form that annotations cannot express. Plain Java: each rule
 * returns the field and the message to show next to it.
 */
public final class RequestRules {

    public record Violation(String field, String message) {
    }

    private RequestRules() {
    }

    public static Optional<Violation> check(RequestDraft draft, LocalDate today) {
        LocalDate sent = draft.getDateSent();
        LocalDate received = draft.getDateReceived();
        if (sent != null && sent.isAfter(today)) {
            return violation("dateSent", "The date sent can't be in the future");
        }
        if (received != null && sent == null) {
            return violation("dateSent", "Enter the date sent before the date the authority received it");
        }
        if (received != null && received.isBefore(sent)) {
            return violation("dateReceived", "The authority can't receive the request before it was sent");
        }
        if (received != null && received.isAfter(today)) {
            return violation("dateReceived", "The date received can't be in the future");
        }
        if (draft.getChannel() == Channel.WHATDOTHEYKNOW && blank(draft.getWdtkUrl())) {
            return violation("wdtkUrl", "Paste the request's WhatDoTheyKnow address");
        }
        return checkQuestions(draft.getQuestions()).or(() -> checkTags(draft.normalisedTags()));
    }

    private static Optional<Violation> checkQuestions(List<QuestionDraft> questions) {
        if (questions.isEmpty()) {
            return violation("questions", "Add at least one question (paste the request text and choose \"Find questions\")");
        }
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft q = questions.get(i);
            String which = "Question " + (i + 1);
            if (blank(q.label())) {
                return violation("questions", which + " needs a label, such as \"" + (i + 1) + "\"");
            }
            if (q.label().trim().length() > Question.LABEL_MAX_LENGTH) {
                return violation("questions", which + ": keep the label under " + Question.LABEL_MAX_LENGTH + " characters");
            }
            if (blank(q.text())) {
                return violation("questions", which + " has no text: write it or remove it");
            }
            if (q.text().trim().length() > Question.TEXT_MAX_LENGTH) {
                return violation("questions", which + " is longer than " + Question.TEXT_MAX_LENGTH + " characters");
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> checkTags(Set<String> tags) {
        if (tags.size() > RequestDraft.MAX_TAGS) {
            return violation("tags", "Use at most " + RequestDraft.MAX_TAGS + " tags");
        }
        return tags.stream().filter(t -> t.length() > RequestTag.MAX_LENGTH).findFirst()
                .map(t -> new Violation("tags", "Keep each tag under " + RequestTag.MAX_LENGTH + " characters"));
    }

    private static Optional<Violation> violation(String field, String message) {
        return Optional.of(new Violation(field, message));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
