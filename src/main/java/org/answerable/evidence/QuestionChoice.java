package org.answerable.evidence;

import java.util.Comparator;
import java.util.List;

/**
 * A question a one-question pack can be made for, as the request page offers it.
 *
 * @param outcome the answer's outcome, or "No answer recorded"
 * @param challenged an internal review challenged its answer
 */
public record QuestionChoice(Long questionId, String label, String text, String outcome, boolean refused,
        boolean challenged) {

    /** The first challenged answer, else the first refusal, else the first question: what packs are usually made for. */
    public static QuestionChoice mostLikelyWanted(List<QuestionChoice> choices) {
        return choices.stream().min(Comparator.comparingInt(QuestionChoice::priority)).orElseThrow();
    }

    private int priority() {
        return challenged ? 0 : refused ? 1 : 2;
    }
}
