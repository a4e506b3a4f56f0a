package org.answerable.reply.letter;

import java.util.List;
import org.answerable.reply.answer.AnswerDraft;

/**
 * A letter read by the paste assistant and the answers found in it, saved together.
 *
 * @param letter the letter's details and pasted text; ignored when the text came from an attachment
 * @param fromAttachmentId the attachment whose text was read, whose letter is already recorded; or null
 */
public record PastedReply(ReplyDraft letter, Long fromAttachmentId, List<AnswerDraft> answers) {

    public PastedReply {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
