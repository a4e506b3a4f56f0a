package org.answerable.deadline.holidays.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.answerable.deadline.BankHoliday;
import org.answerable.deadline.WorkingDayCalendar;

/**
 * The years for which every UK nation's holidays are stored. Deadlines that reach any other year
 * are refused by the engine, so admins must see at a glance which years to add.
 *
 * @param coveredYears ascending
 */
record HolidayCoverage(List<Integer> coveredYears) {

    /** @param calendar a calendar of all three nations (FOIA's), so a year counts only when all have it */
    static HolidayCoverage of(WorkingDayCalendar calendar, Collection<BankHoliday> holidays) {
        List<Integer> years = holidays.stream().map(h -> h.date().getYear()).distinct().sorted().toList();
        List<Integer> covered = new ArrayList<>();
        if (!years.isEmpty()) {
            for (int year = years.getFirst(); year <= years.getLast(); year++) {
                if (calendar.covers(LocalDate.of(year, 1, 1))) {
                    covered.add(year);
                }
            }
        }
        return new HolidayCoverage(List.copyOf(covered));
    }

    String summary() {
        if (coveredYears.isEmpty()) {
            return "No year has bank holidays for all of England and Wales, Scotland and Northern Ireland.";
        }
        return "Bank holidays for every UK nation are known for " + String.join(", ", ranges()) + ".";
    }

    String warning() {
        if (coveredYears.isEmpty()) {
            return "No deadline can be computed until you add them or import GOV.UK's file.";
        }
        int last = coveredYears.getLast();
        List<String> problems = new ArrayList<>();
        for (int year = coveredYears.getFirst(); year < last; year++) {
            if (!coveredYears.contains(year)) {
                problems.add("Holidays for " + year + " are incomplete: deadlines that reach " + year
                        + " can't be computed until you add them.");
            }
        }
        problems.add("Holidays after " + last + " are unknown: deadlines that reach " + (last + 1)
                + " can't be computed until you add them.");
        return String.join(" ", problems);
    }

    private List<String> ranges() {
        List<String> ranges = new ArrayList<>();
        int start = coveredYears.getFirst();
        int previous = start;
        for (int year : coveredYears.subList(1, coveredYears.size())) {
            if (year != previous + 1) {
                ranges.add(range(start, previous));
                start = year;
            }
            previous = year;
        }
        ranges.add(range(start, previous));
        return ranges;
    }

    private static String range(int first, int last) {
        return first == last ? Integer.toString(first) : first + "–" + last;
    }
}
