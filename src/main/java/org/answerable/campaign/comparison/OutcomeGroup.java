package org.answerable.campaign.comparison;

import org.answerable.reply.Outcome;

/**
 * The outcomes as a campaign's summary counts them. Neither-confirm-nor-deny is a refusal here, as
 * in the refusals view; a pointer elsewhere, a request for clarification or silence on the
 * question count as "other".
 */
public enum OutcomeGroup {
    ANSWERED("Answered"),
    PARTLY_ANSWERED("Partly answered"),
    REFUSED("Refused"),
    NOT_HELD("Not held"),
    OTHER("Other response"),
    NO_ANSWER("No answer yet");

    private final String label;

    OutcomeGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The group of an answer's outcome; no outcome means no answer has been recorded yet. */
    public static OutcomeGroup of(Outcome outcome) {
        if (outcome == null) {
            return NO_ANSWER;
        }
        return switch (outcome) {
            case ANSWERED -> ANSWERED;
            case PARTLY_ANSWERED -> PARTLY_ANSWERED;
            case REFUSED, NEITHER_CONFIRM_NOR_DENY -> REFUSED;
            case NOT_HELD -> NOT_HELD;
            case REDIRECTED, CLARIFICATION_SOUGHT, NOT_ADDRESSED -> OTHER;
        };
    }
}
