package org.answerable.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates campaigners type: day first, the UK convention, so 03/04/2025 is 3 April. Also
 * ISO dates (2025-04-03), written months (3 Apr 2025, 3 April 2025, 3-Apr-25) and Excel's own
 * date cells. A date that only makes sense month first (11/23/2025) is refused with a hint rather
 * than guessed, since the same file's 03/04/2025 would then be wrong without anyone noticing.
 */
final class DateCells {

    sealed interface Reading permits Parsed, Problem {
    }

    record Parsed(LocalDate date) implements Reading {
    }

    record Problem(String message) implements Reading {
    }

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    // A time after the date, as Excel and some exports add it ("23/11/2025 00:00", "2025-11-23T09:30").
    private static final Pattern TRAILING_TIME = Pattern.compile("[ T]\\d{1,2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z?$");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            written("d MMM uuuu"), written("d MMMM uuuu"), written("d-MMM-uuuu"), written("d-MMM-uu"),
            written("d MMM uu"), written("EEE d MMM uuuu"), written("EEEE d MMM uuuu"),
            written("EEE d MMMM uuuu"), written("EEEE d MMMM uuuu"), written("MMMM d uuuu"),
            written("MMM d uuuu"));

    private DateCells() {
    }

    private static DateTimeFormatter written(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** Null for an empty cell. */
    static Reading read(Cell cell) {
        if (cell.date() != null) {
            return new Parsed(cell.date());
        }
        String text = TRAILING_TIME.matcher(cell.text().strip()).replaceFirst("").strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return of(text, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            int day = Integer.parseInt(numeric.group(1));
            int month = Integer.parseInt(numeric.group(2));
            int year = Integer.parseInt(numeric.group(3));
            if (numeric.group(3).length() == 2) {
                year += 2000;
            }
            if (month > 12 && day <= 12) {
                return new Problem("'" + text + "' looks like a month-first (US) date; write dates day first, as "
                        + numeric.group(2) + "/" + numeric.group(1) + "/" + numeric.group(3));
            }
            return of(text, year, month, day);
        }
        String words = text.replace(",", " ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ")
                .replaceAll("(?i)\\bsept\\b", "Sep");
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return new Parsed(LocalDate.parse(words, format));
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing it
            }
        }
        return new Problem("'" + text + "' is not a date; write it as 23/11/2025 or 23 Nov 2025");
    }

    private static Reading of(String text, int year, int month, int day) {
        try {
            return new Parsed(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return new Problem("'" + text + "' is not a real date (dates are read day first: 23/11/2025)");
        }
    }
}
