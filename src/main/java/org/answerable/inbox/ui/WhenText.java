package org.answerable.inbox.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A moment as campaigners read it: UK time, day and month in words. */
final class WhenText {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private WhenText() {
    }

    static String of(Instant instant) {
        return instant == null ? "at an unknown time" : FORMAT.format(instant);
    }
}
