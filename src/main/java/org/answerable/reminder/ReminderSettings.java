package org.answerable.reminder;

import java.time.LocalTime;

/** The reminder choices as the account page shows and saves them. */
public record ReminderSettings(String email, boolean digest, LocalTime digestTime, boolean beforeDeadlines,
        int daysBefore, long version) {

    public static ReminderSettings off() {
        return new ReminderSettings(null, false, LocalTime.of(8, 0), false, 3, 0);
    }
}
