package org.answerable.reply.answer;

import java.time.LocalDate;
import java.util.List;
import org.answerable.reply.Outcome;

/**
 * One refused, not-held or NCND answer with what the refusals view shows beside it.
 *
 * @param provisionCodes the provisions the answer cites, by catalogue code, in code order
 */
public record RefusalRow(Long answerId, Long requestId, String requestTitle, String authorityName,
        String questionLabel, String questionText, Outcome outcome, String reasoning, String answerText,
        LocalDate dateSent, String costEstimate, List<String> provisionCodes) {

    /** The query's shape: the provisions are a collection, read in a second query and added with {@link #citing}. */
    public RefusalRow(Long answerId, Long requestId, String requestTitle, String authorityName, String questionLabel,
            String questionText, Outcome outcome, String reasoning, String answerText, LocalDate dateSent,
            String costEstimate) {
        this(answerId, requestId, requestTitle, authorityName, questionLabel, questionText, outcome, reasoning,
                answerText, dateSent, costEstimate, List.of());
    }

    public RefusalRow {
        provisionCodes = List.copyOf(provisionCodes);
    }

    RefusalRow citing(List<String> codes) {
        return new RefusalRow(answerId, requestId, requestTitle, authorityName, questionLabel, questionText, outcome,
                reasoning, answerText, dateSent, costEstimate, codes);
    }
}
