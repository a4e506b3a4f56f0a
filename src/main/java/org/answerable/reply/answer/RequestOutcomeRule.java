package org.answerable.reply.answer;

import java.util.List;
import org.answerable.reply.Outcome;
import org.answerable.request.RequestStatus;

/**
 * The request's status follows its answers, after WhatDoTheyKnow's outcomes: successful,
 * partially successful, refused, not held. A question without an answer yet counts as pending.
 */
final class RequestOutcomeRule {

    private RequestOutcomeRule() {
    }

    /** @param outcomes one per question, {@code null} where the question has no answer yet */
    static RequestStatus statusFor(List<Outcome> outcomes) {
        if (outcomes.stream().allMatch(o -> o == null)) {
            return null;
        }
        long answered = outcomes.stream().filter(o -> o == Outcome.ANSWERED || o == Outcome.REDIRECTED).count();
        long notHeld = outcomes.stream().filter(o -> o == Outcome.NOT_HELD).count();
        long refused = outcomes.stream().filter(o -> o == Outcome.REFUSED || o == Outcome.NEITHER_CONFIRM_NOR_DENY).count();
        long partly = outcomes.stream().filter(o -> o == Outcome.PARTLY_ANSWERED).count();
        int all = outcomes.size();
        if (answered == all) {
            return RequestStatus.ANSWERED;
        }
        if (notHeld == all) {
            return RequestStatus.NOT_HELD;
        }
        if (refused + notHeld == all) {
            return RequestStatus.REFUSED;
        }
        if (refused + notHeld + partly > 0) {
            return RequestStatus.PARTLY_REFUSED;
        }
        return RequestStatus.PARTLY_ANSWERED;
    }
}
