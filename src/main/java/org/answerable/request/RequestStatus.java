package org.answerable.request;

/** Where a request stands. Later features (replies, reviews) add states of their own. */
public enum RequestStatus {
    DRAFT("Draft"),
    AWAITING_RESPONSE("Awaiting response"),
    RESPONDED("Response received"),
    CLOSED("Closed");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
