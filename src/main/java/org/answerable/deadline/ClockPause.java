package org.answerable.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days on which a statutory clock does not run, both ends included, e.g. from the day a fees
 * notice is given to the day the fee arrives (FOIA s10(2); FOI_RULES §1.5).
 */
public record ClockPause(LocalDate first, LocalDate last, String reason) {

    public ClockPause {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(reason, "reason");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A pause cannot end (" + last + ") before it starts (" + first + ")");
        }
    }

    public boolean includes(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
