package org.answerable.reply;

/**
 * What the authority did with one question. A reply often does different things with different
 * questions, so the outcome belongs to the answer, not to the reply.
 *
 * <p>For the refusals view, "refused" means the requester got none of the information asked for
 * in that question: a refusal under an exemption or procedural provision, a neither-confirm-nor-deny
 * response, and a "not held" answer all count. A partly answered question counts separately as
 * "partly refused": something was given, something withheld or not held.
 */
public enum Outcome {
    ANSWERED("Answered"),
    PARTLY_ANSWERED("Partly answered"),
    REFUSED("Refused"),
    NOT_HELD("Not held"),
    NEITHER_CONFIRM_NOR_DENY("Neither confirm nor deny"),
    /** Published elsewhere (FOIA s21 and friends) or held by another public body. */
    REDIRECTED("Published elsewhere or held by another body"),
    CLARIFICATION_SOUGHT("Clarification sought"),
    /** The reply says nothing about this question. */
    NOT_ADDRESSED("Not addressed");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The outcome in the words a campaigner would use. */
    public String label() {
        return label;
    }

    /** Counts in the refusals view: nothing asked for in the question was provided. */
    public boolean isRefusal() {
        return this == REFUSED || this == NOT_HELD || this == NEITHER_CONFIRM_NOR_DENY;
    }

    /** Counts in the refusals view as "partly refused". */
    public boolean isPartRefusal() {
        return this == PARTLY_ANSWERED;
    }

    /** The requester got some or all of the information, or was told where to find it. */
    public boolean providesInformation() {
        return this == ANSWERED || this == PARTLY_ANSWERED || this == REDIRECTED;
    }
}
