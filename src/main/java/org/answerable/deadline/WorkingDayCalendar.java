package org.answerable.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.answerable.authority.Regime;

/**
 * Which days are working days for one regime: not a Saturday or Sunday, and not a bank holiday in
 * any of the calendar's jurisdictions (FOIA s10(6), FOISA s73; FOI_RULES §0). Christmas Day and
 * Good Friday are in every GOV.UK list, so they need no special case.
 * <p>
 * A year counts as known only when every jurisdiction of the calendar has entries for it; asking
 * about any other year throws {@link HolidaysUnknownException} rather than guessing.
 */
public final class WorkingDayCalendar {

    /** What a day is, looked up by epoch day so that counting thousands of deadlines stays fast. */
    enum DayKind { WORKING, WEEKEND, HOLIDAY, UNKNOWN }

    private static final String ADD_THEM = ": add them under Admin › Bank holidays";

    private final Set<Jurisdiction> jurisdictions;
    private final Map<LocalDate, List<BankHoliday>> holidaysByDate = new HashMap<>();
    private final BitSet knownYears = new BitSet();
    private final long firstEpochDay;
    private final DayKind[] dayKinds;

    public WorkingDayCalendar(Collection<BankHoliday> holidays, Set<Jurisdiction> jurisdictions) {
        if (jurisdictions.isEmpty()) {
            throw new IllegalArgumentException("A working-day calendar needs at least one jurisdiction");
        }
        this.jurisdictions = Collections.unmodifiableSet(EnumSet.copyOf(jurisdictions));
        Map<Jurisdiction, BitSet> yearsPerJurisdiction = new HashMap<>();
        for (BankHoliday holiday : holidays) {
            if (!this.jurisdictions.contains(holiday.jurisdiction())) {
                continue;
            }
            List<BankHoliday> sameDay = holidaysByDate.computeIfAbsent(holiday.date(), d -> new ArrayList<>(3));
            if (!sameDay.contains(holiday)) {
                sameDay.add(holiday);
            }
            yearsPerJurisdiction.computeIfAbsent(holiday.jurisdiction(), j -> new BitSet())
                    .set(holiday.date().getYear());
        }
        if (yearsPerJurisdiction.size() == this.jurisdictions.size()) {
            yearsPerJurisdiction.values().stream().findFirst().ifPresent(knownYears::or);
            yearsPerJurisdiction.values().forEach(knownYears::and);
        }
        holidaysByDate.replaceAll((date, list) -> List.copyOf(list));
        LocalDate first = knownYears.isEmpty() ? LocalDate.EPOCH : LocalDate.of(knownYears.nextSetBit(0), 1, 1);
        LocalDate end = knownYears.isEmpty() ? LocalDate.EPOCH : LocalDate.of(knownYears.length(), 1, 1);
        this.firstEpochDay = first.toEpochDay();
        this.dayKinds = new DayKind[(int) (end.toEpochDay() - firstEpochDay)];
        for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
            dayKinds[(int) (d.toEpochDay() - firstEpochDay)] = !knownYears.get(d.getYear()) ? DayKind.UNKNOWN
                    : isWeekend(d.toEpochDay()) ? DayKind.WEEKEND
                    : holidaysByDate.containsKey(d) ? DayKind.HOLIDAY : DayKind.WORKING;
        }
    }

    /** FOIA and EIR: the union of all three lists; FOISA and EISR: Scotland only (s73). */
    public static WorkingDayCalendar forRegime(Regime regime, Collection<BankHoliday> holidays) {
        return new WorkingDayCalendar(holidays, Jurisdiction.countedFor(regime));
    }

    public Set<Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    public boolean covers(LocalDate date) {
        return date.getYear() >= 0 && knownYears.get(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        return dayKind(date.toEpochDay()) == DayKind.WORKING;
    }

    /** Every entry for the day, one per jurisdiction that has it, so explanations can name them. */
    public List<BankHoliday> holidaysOn(LocalDate date) {
        requireCovered(date);
        return holidaysByDate.getOrDefault(date, List.of());
    }

    /** Working days after {@code afterDay}, up to and including {@code upToAndIncluding}. */
    public int workingDaysBetween(LocalDate afterDay, LocalDate upToAndIncluding) {
        int count = 0;
        for (LocalDate d = afterDay.plusDays(1); !d.isAfter(upToAndIncluding); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Weekends need no holiday data, so they are known even outside the covered years. */
    DayKind dayKind(long epochDay) {
        long index = epochDay - firstEpochDay;
        if (index >= 0 && index < dayKinds.length) {
            return dayKinds[(int) index];
        }
        return isWeekend(epochDay) ? DayKind.WEEKEND : DayKind.UNKNOWN;
    }

    void requireCovered(LocalDate date) {
        if (covers(date)) {
            return;
        }
        if (knownYears.isEmpty()) {
            throw new HolidaysUnknownException(date, "No bank holidays are known for " + names() + ADD_THEM);
        }
        int first = knownYears.nextSetBit(0);
        int last = knownYears.length() - 1;
        int year = date.getYear();
        String which = year > last ? "after " + last : year < first ? "before " + first : "for " + year;
        throw new HolidaysUnknownException(date, "Bank holidays " + which + " are unknown" + ADD_THEM);
    }

    private static boolean isWeekend(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) >= 5; // as LocalDate.getDayOfWeek: 0 is Monday
    }

    private String names() {
        return String.join(", ", jurisdictions.stream().map(Jurisdiction::displayName).toList());
    }
}
