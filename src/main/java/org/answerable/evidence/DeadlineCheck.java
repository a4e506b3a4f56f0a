package org.answerable.evidence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.answerable.deadline.DateText;
import org.answerable.deadline.HolidaysUnknownException;
import org.answerable.deadline.WorkingDayCalendar;

/**
 * One time limit and whether it was kept: "Met on Mon 30 Jun 2025", "Missed by 3 working days",
 * "Still open". A limit is late only from the day after its date (FOI_RULES §7).
 *
 * @param deadline what had to happen, e.g. "Response due"
 * @param result the verdict in words, as the pack prints it
 */
public record DeadlineCheck(String deadline, LocalDate due, Verdict verdict, String result) {

    public enum Verdict { MET, MISSED, OPEN }

    public DeadlineCheck {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(result, "result");
    }

    /**
     * @param step what meeting the deadline takes, e.g. "reply received", read in "no reply received by"
     * @param doneOn the day the step was taken, if it was
     * @param calendar counts the working days of a miss; beyond its known bank holidays the miss is
     *     given in calendar days instead
     */
    public static DeadlineCheck of(String deadline, LocalDate due, String step, Optional<LocalDate> doneOn,
            LocalDate today, WorkingDayCalendar calendar) {
        if (doneOn.isPresent()) {
            LocalDate done = doneOn.get();
            return done.isAfter(due)
                    ? new DeadlineCheck(deadline, due, Verdict.MISSED,
                            "Missed by " + lateness(due, done, calendar) + ": " + step + " on " + DateText.of(done))
                    : new DeadlineCheck(deadline, due, Verdict.MET, "Met on " + DateText.of(done));
        }
        return today.isAfter(due)
                ? new DeadlineCheck(deadline, due, Verdict.MISSED,
                        "Missed by " + lateness(due, today, calendar) + " so far: no " + step + " by " + DateText.of(today))
                : new DeadlineCheck(deadline, due, Verdict.OPEN, "Still open");
    }

    /** Working days when they can be counted and there is at least one; a weekend-only delay is in days. */
    private static String lateness(LocalDate due, LocalDate late, WorkingDayCalendar calendar) {
        try {
            int workingDays = calendar.workingDaysBetween(due, late);
            if (workingDays > 0) {
                return workingDays + (workingDays == 1 ? " working day" : " working days");
            }
        } catch (HolidaysUnknownException e) {
            // fall through: calendar days are still true, only less precise
        }
        long days = ChronoUnit.DAYS.between(due, late);
        return days + (days == 1 ? " calendar day" : " calendar days");
    }
}
