package org.answerable.mail;

import java.time.LocalDate;

/** What was sent: the recorded date starts the response clock. */
public record SentLetter(Long requestId, String to, String messageId, LocalDate dateSent) {
}
