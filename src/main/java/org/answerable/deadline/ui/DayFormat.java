package org.answerable.deadline.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days as the deadline screens show them, "Mon 28 Jul 2025", like the engine's explanations. */
public final class DayFormat {

    // Locale.ENGLISH, not Locale.UK: recent JDKs abbreviate September as "Sept" for en-GB only.
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private DayFormat() {
    }

    public static String of(LocalDate date) {
        return FORMAT.format(date);
    }
}
