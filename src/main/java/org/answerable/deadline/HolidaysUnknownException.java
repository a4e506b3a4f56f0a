package org.answerable.deadline;

import java.time.LocalDate;

/**
 * A deadline would cross a day whose bank holidays we do not know. Guessing would give a wrong
 * statutory date without anyone noticing, so we refuse (FOI_RULES §6: store a source per date).
 */
public class HolidaysUnknownException extends RuntimeException {

    private final LocalDate date;

    public HolidaysUnknownException(LocalDate date, String message) {
        super(message);
        this.date = date;
    }

    /** The first day that could not be classified as a working day or not. */
    public LocalDate date() {
        return date;
    }
}
