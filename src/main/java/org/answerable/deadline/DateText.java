package org.answerable.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as explanations show them: "Fri 27 Jun 2025". */
public final class DateText {

    // Locale.ENGLISH, not Locale.UK: recent JDKs abbreviate September as "Sept" for en-GB only.
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private DateText() {
    }

    public static String of(LocalDate date) {
        return FORMAT.format(date);
    }
}
