package org.answerable.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A time limit for challenging an answer: asking for internal review, complaining to the
 * Commissioner, appealing. Some limits are reported inconsistently, so each carries its source
 * and whether FOI_RULES could verify it.
 *
 * @param step what must be done by the date, e.g. "Ask for an internal review"
 * @param period how the date was counted, e.g. "40 working days" or "6 calendar weeks"
 * @param source the rule, e.g. "FOIA s45 Code of Practice para 5.3 (FOI_RULES §3)"
 * @param unverified FOI_RULES marks this limit ⚠: treat the date as a guide, not a deadline
 * @param note a caveat for the user, or empty
 * @param skippedHolidays for working-day periods, the bank holidays not counted
 */
public record ChallengeDeadline(
        String step,
        LocalDate from,
        LocalDate date,
        String period,
        String source,
        boolean unverified,
        String note,
        List<BankHoliday> skippedHolidays) {

    public ChallengeDeadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(note, "note");
        skippedHolidays = List.copyOf(skippedHolidays);
    }

    public String explain() {
        List<String> lines = new ArrayList<>();
        lines.add(step + " by " + DateText.of(date) + ": " + period + " after " + DateText.of(from)
                + " (" + source + ").");
        if (!note.isEmpty()) {
            lines.add(note);
        }
        if (unverified) {
            lines.add("Unverified: check this time limit before relying on it.");
        }
        return String.join("\n", lines);
    }
}
