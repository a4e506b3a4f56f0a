package org.answerable.campaign;

import org.answerable.request.RequestStanding;

/**
 * The groups of a campaign's Monday-morning check, each a set of {@link RequestStanding}s read the
 * same way on every page; a group of one standing carries that standing's label.
 */
public enum ProgressBucket {
    NOT_SENT(RequestStanding.NOT_SENT.label()),
    AWAITING(RequestStanding.AWAITING.label()),
    OVERDUE(RequestStanding.OVERDUE.label()),
    ANSWERED("Answered or closed"),
    PARTLY_REFUSED(RequestStanding.PARTLY_REFUSED.label()),
    REFUSED("Refused or not held"),
    IN_REVIEW(RequestStanding.IN_REVIEW.label());

    private final String label;

    ProgressBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ProgressBucket of(RequestStanding standing) {
        return switch (standing) {
            case NOT_SENT -> NOT_SENT;
            case AWAITING -> AWAITING;
            case OVERDUE -> OVERDUE;
            case IN_REVIEW -> IN_REVIEW;
            case PARTLY_REFUSED -> PARTLY_REFUSED;
            case REFUSED, NOT_HELD -> REFUSED;
            case RESPONDED, ANSWERED, PARTLY_ANSWERED, CLOSED -> ANSWERED;
        };
    }
}
