package org.answerable.request;

/** Where a request stands. Later features (replies, reviews) add states of their own. */
public enum RequestStatus {
    DRAFT("Draft"),
    AWAITING_RESPONSE("Awaiting response"),
    RESPONDED("Response received"),
    ANSWERED("Answered"),
    PARTLY_ANSWERED("Partly answered"),
    PARTLY_REFUSED("Partly refused"),
    REFUSED("Refused"),
    NOT_HELD("Information not held"),
    CLOSED("Closed");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A status that says what the answers were, set from them rather than from the clock. */
    public boolean isOutcome() {
        return switch (this) {
            case ANSWERED, PARTLY_ANSWERED, PARTLY_REFUSED, REFUSED, NOT_HELD -> true;
            default -> false;
        };
    }
}
