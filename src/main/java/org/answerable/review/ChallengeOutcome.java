package org.answerable.review;

/** What the internal review decided about one challenged answer. */
public enum ChallengeOutcome {
    UPHELD("Upheld: the original answer stands"),
    OVERTURNED("Overturned: information released"),
    PARTLY_OVERTURNED("Partly overturned");

    private final String label;

    ChallengeOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The answer itself changed, so the user should record the new answer. */
    public boolean changesTheAnswer() {
        return this != UPHELD;
    }
}
