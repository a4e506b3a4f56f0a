package org.answerable.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.answerable.authority.Regime;

/**
 * The core loop of FOI_RULES §0: the day of receipt is day 0, and the n-th working day after it is
 * the last day for a reply. Alaveteli (WhatDoTheyKnow) counts the same way [S10][S11].
 */
public final class DeadlineCalculator {

    private final WorkingDayCalendar calendar;

    public DeadlineCalculator(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public static DeadlineCalculator forRegime(Regime regime, Collection<BankHoliday> holidays) {
        return new DeadlineCalculator(WorkingDayCalendar.forRegime(regime, holidays));
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The statutory reading: day 0 is the day it arrived, working day or not (§1.3, [S3]). */
    public ComputedDeadline workingDaysAfter(LocalDate from, int workingDays) {
        return workingDaysAfter(from, workingDays, List.of());
    }

    public ComputedDeadline workingDaysAfter(LocalDate from, int workingDays, List<ClockPause> pauses) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Cannot count " + workingDays + " working days");
        }
        Count count = count(from, workingDays, pauses, false);
        Optional<LocalDate> ifDisputedWorked = count.skipped().stream().anyMatch(BankHoliday::disputed)
                ? Optional.of(count(from, workingDays, pauses, true).date())
                : Optional.empty();
        return new ComputedDeadline(count.date(), from, workingDays, count.skipped(), pauses, count.paused(),
                ifDisputedWorked);
    }

    /**
     * The reading the 2018 s45 Code reportedly takes: a request arriving on a non-working day is
     * received on the next working day, so the deadline is one working day later. Show it as what
     * an authority may argue, not as the deadline (FOI_RULES §1.3; Code para 4.2 unverified).
     */
    public ComputedDeadline codeOfPracticeReading(LocalDate received, int workingDays) {
        LocalDate deemedReceived = received;
        while (!calendar.isWorkingDay(deemedReceived)) {
            deemedReceived = deemedReceived.plusDays(1);
        }
        return workingDaysAfter(deemedReceived, workingDays);
    }

    private record Count(LocalDate date, List<BankHoliday> skipped, int paused) {
    }

    private Count count(LocalDate from, int workingDays, List<ClockPause> pauses, boolean disputedAreWorking) {
        List<BankHoliday> skipped = new ArrayList<>();
        int paused = 0;
        long day = from.toEpochDay();
        int counted = 0;
        while (counted < workingDays) {
            day++;
            WorkingDayCalendar.DayKind kind = calendar.dayKind(day);
            if (kind == WorkingDayCalendar.DayKind.WEEKEND) {
                continue;
            }
            if (kind == WorkingDayCalendar.DayKind.UNKNOWN) {
                calendar.requireCovered(LocalDate.ofEpochDay(day));
            }
            if (kind == WorkingDayCalendar.DayKind.HOLIDAY) {
                List<BankHoliday> holidays = calendar.holidaysOn(LocalDate.ofEpochDay(day));
                if (!(disputedAreWorking && holidays.getFirst().disputed())) {
                    skipped.addAll(holidays);
                    continue;
                }
            }
            if (!pauses.isEmpty() && isPaused(LocalDate.ofEpochDay(day), pauses)) {
                paused++;
            } else {
                counted++;
            }
        }
        return new Count(LocalDate.ofEpochDay(day), skipped, paused);
    }

    private static boolean isPaused(LocalDate date, List<ClockPause> pauses) {
        for (ClockPause pause : pauses) {
            if (pause.includes(date)) {
                return true;
            }
        }
        return false;
    }
}
