package org.answerable.review;

/** The Commissioner's decision on the complaint, as the decision notice states it. */
public enum ComplaintOutcome {
    UPHELD("Upheld"),
    PARTLY_UPHELD("Partly upheld"),
    NOT_UPHELD("Not upheld");

    private final String label;

    ComplaintOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
