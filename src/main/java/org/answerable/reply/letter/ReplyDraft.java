package org.answerable.reply.letter;

import java.time.LocalDate;

/** A letter as entered; {@code newDueDate} only for a FOIA extension notice. */
public record ReplyDraft(ReplyType type, LocalDate dateReceived, String authorityReference, String letterText,
        LocalDate newDueDate) {
}
