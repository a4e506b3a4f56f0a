package org.answerable.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far off a date is, in the words the status badges use: a missed date is "overdue", from the
 * day after it (FOI_RULES §7), so the date itself reads "today".
 */
public final class DeadlineTiming {

    private DeadlineTiming() {
    }

    public static String relative(LocalDate today, LocalDate date) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "today";
        }
        if (days < 0) {
            return (-days) + (days == -1 ? " day overdue" : " days overdue");
        }
        return days == 1 ? "tomorrow" : "in " + days + " days";
    }
}
