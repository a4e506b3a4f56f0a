package org.answerable.reply.answer;

import java.time.LocalDate;
import org.answerable.reply.Outcome;

/** One refused, not-held or NCND answer with what the refusals view shows beside it. */
public record RefusalRow(Long answerId, Long requestId, String requestTitle, String authorityName,
        String questionLabel, String questionText, Outcome outcome, String reasoning, String answerText,
        LocalDate dateSent) {
}
