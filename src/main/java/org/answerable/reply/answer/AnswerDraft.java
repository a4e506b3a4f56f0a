package org.answerable.reply.answer;

import java.util.List;
import org.answerable.reply.DataTable;
import org.answerable.reply.Outcome;

/**
 * An answer as edited by hand or proposed by the paste assistant.
 *
 * @param version the version the user started from; ignored for a question's first answer
 */
public record AnswerDraft(Long questionId, Long replyId, Outcome outcome, String answerText,
        List<String> provisionCodes, boolean publicInterestTestStated, String costEstimate, String reasoning,
        String redirectTo, DataTable table, long version) {

    public AnswerDraft {
        provisionCodes = provisionCodes == null ? List.of() : List.copyOf(provisionCodes);
    }

    /** The same answer, given in the letter {@code replyId}. */
    public AnswerDraft fromLetter(Long replyId) {
        return new AnswerDraft(questionId, replyId, outcome, answerText, provisionCodes, publicInterestTestStated,
                costEstimate, reasoning, redirectTo, table, version);
    }
}
