package org.answerable.review;

/** What the Tribunal or the Court of Session decided on appeal against a decision notice. */
public enum AppealOutcome {
    ALLOWED("Allowed"),
    PARTLY_ALLOWED("Partly allowed"),
    DISMISSED("Dismissed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
