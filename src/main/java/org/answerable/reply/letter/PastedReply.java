package org.answerable.reply.letter;

import java.util.List;
import org.answerable.reply.answer.AnswerDraft;

/**
 * A letter read by the paste assistant and the answers found in it, saved together.
 *
 * @param letter the letter's details and pasted text; ignored when the letter is already on file
 * @param recordedLetterId the letter already on file whose text was read (from one of its attachments,
 *     or a letter that came by email); or null for a pasted letter, recorded with the answers
 */
public record PastedReply(ReplyDraft letter, Long recordedLetterId, List<AnswerDraft> answers) {

    public PastedReply {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
