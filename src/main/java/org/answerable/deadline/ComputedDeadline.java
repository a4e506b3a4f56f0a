package org.answerable.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A date counted in working days, with what was skipped on the way. Even the ICO has miscounted
 * bank holidays (FOI_RULES §1.2, [S4]), so every skipped holiday is kept for the explanation.
 *
 * @param date the last of the working days; late only from the day after
 * @param from day 0, normally the day the request was received
 * @param skippedHolidays each entry that fell on a weekday after {@code from} up to {@code date},
 *        one per jurisdiction
 * @param pauses periods the clock stood still, e.g. awaiting a fee
 * @param pausedWorkingDays working days inside those pauses, which were not counted
 * @param dateIfDisputedDaysWorked the date if disputed holidays were working days after all
 */
public record ComputedDeadline(
        LocalDate date,
        LocalDate from,
        int workingDays,
        List<BankHoliday> skippedHolidays,
        List<ClockPause> pauses,
        int pausedWorkingDays,
        Optional<LocalDate> dateIfDisputedDaysWorked) {

    public ComputedDeadline {
        skippedHolidays = List.copyOf(skippedHolidays);
        pauses = List.copyOf(pauses);
    }

    /** The skipped entries whose status is unsettled, such as the 2022 state funeral (§1.2). */
    public List<BankHoliday> disputedHolidays() {
        return skippedHolidays.stream().filter(BankHoliday::disputed).toList();
    }

    public boolean disputed() {
        return dateIfDisputedDaysWorked.isPresent();
    }

    public String explain() {
        return String.join("\n", explanation());
    }

    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        lines.add(workingDays + " working days after " + DateText.of(from) + " is " + DateText.of(date) + ".");
        skippedByDayAndName().forEach((day, jurisdictions) ->
                lines.add("Skipped " + day + " (" + String.join(", ", jurisdictions) + ")."));
        for (ClockPause pause : pauses) {
            lines.add("Clock stopped " + DateText.of(pause.first()) + " to " + DateText.of(pause.last())
                    + ": " + pause.reason() + ".");
        }
        if (pausedWorkingDays > 0) {
            lines.add(pausedWorkingDays + " working days inside those periods were not counted.");
        }
        // FOI_RULES §1.2: the 2022 state funeral holiday.
        dateIfDisputedDaysWorked.ifPresent(other -> lines.add("Disputed: "
                + String.join(", ", disputedHolidays().stream().map(h -> DateText.of(h.date())).distinct().toList())
                + " was proclaimed while requests were running and may not stop the clock;"
                + " counting it as a working day gives " + DateText.of(other) + "."));
        return lines;
    }

    private Map<String, List<String>> skippedByDayAndName() {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (BankHoliday holiday : skippedHolidays) {
            grouped.computeIfAbsent(DateText.of(holiday.date()) + " " + holiday.name(), k -> new ArrayList<>())
                    .add(holiday.jurisdiction().displayName());
        }
        return grouped;
    }
}
