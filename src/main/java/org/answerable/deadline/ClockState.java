package org.answerable.deadline;

/**
 * Where a request stands on a given day, after WhatDoTheyKnow's statuses (FOI_RULES §7): overdue
 * from the day after the due date, long overdue after 40 working days (60 for schools).
 */
public enum ClockState {
    AWAITING_RESPONSE("Awaiting response"),
    DUE_SOON("Due soon"),
    OVERDUE("Overdue"),
    LONG_OVERDUE("Long overdue"),
    CLARIFICATION_PENDING("Awaiting your clarification"),
    FEE_PENDING("Awaiting fee payment"),
    LAPSED("Lapsed: fee not paid"),
    RESPONDED("Responded");

    private final String label;

    ClockState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
