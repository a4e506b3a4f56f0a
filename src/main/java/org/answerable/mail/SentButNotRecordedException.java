package org.answerable.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The mail server accepted the letter, but saving that fact failed. The letter can't be called
 * back, so the user must not send it again; the server log holds its Message-ID.
 */
public class SentButNotRecordedException extends RuntimeException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm");

    public SentButNotRecordedException(String to, Instant sentAt, ZoneId zone, Throwable cause) {
        super("The letter WAS sent to " + to + " on " + TIME.format(sentAt.atZone(zone)) + ", but Answerable could not "
                + "record it. Don't send it again: edit the request and enter today as the date sent. (The server log "
                + "has the details.)", cause);
    }
}
