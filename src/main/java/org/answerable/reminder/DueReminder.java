package org.answerable.reminder;

/**
 * One reminder email to send now.
 *
 * @param key unique per user and team: a reminder is claimed under it before it is sent, so no
 *        two app instances send it twice
 */
public record DueReminder(String key, String subject, String body) {
}
