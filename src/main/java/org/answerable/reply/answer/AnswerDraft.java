package org.answerable.reply.answer;

import java.util.List;
import org.answerable.reply.DataTable;
import org.answerable.reply.Outcome;

/**
 * An answer as edited by hand or proposed by the paste assistant.
 *
 * @param version the version the user started from, or {@link #NO_ANSWER_YET} when the question had
 *     no answer then: an answer a colleague saved meanwhile is never silently replaced
 */
public record AnswerDraft(Long questionId, Long replyId, Outcome outcome, String answerText,
        List<String> provisionCodes, boolean publicInterestTestStated, String costEstimate, String reasoning,
        String redirectTo, DataTable table, long version) {

    /** The version of a draft started while the question had no answer. */
    public static final long NO_ANSWER_YET = -1;

    public AnswerDraft {
        provisionCodes = provisionCodes == null ? List.of() : List.copyOf(provisionCodes);
    }

    /** The same answer, given in the letter {@code replyId}. */
    public AnswerDraft fromLetter(Long replyId) {
        return new AnswerDraft(questionId, replyId, outcome, answerText, provisionCodes, publicInterestTestStated,
                costEstimate, reasoning, redirectTo, table, version);
    }
}
