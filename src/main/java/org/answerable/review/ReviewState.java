package org.answerable.review;

import java.time.LocalDate;

/** Where an internal review stands today; "overdue" only from the day after the due date (FOI_RULES §7). */
public enum ReviewState {
    NOT_SENT("Not sent yet"),
    AWAITING("Awaiting the review"),
    OVERDUE("Review overdue"),
    DECIDED("Review decided");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ReviewState of(LocalDate sent, LocalDate due, LocalDate outcome, LocalDate today) {
        if (outcome != null) {
            return DECIDED;
        }
        if (sent == null) {
            return NOT_SENT;
        }
        // No due date where the bank holidays are unknown: never called overdue on a guess.
        return due != null && today.isAfter(due) ? OVERDUE : AWAITING;
    }
}
