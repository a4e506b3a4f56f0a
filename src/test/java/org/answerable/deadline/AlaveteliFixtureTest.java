package org.answerable.deadline;

import static org.answerable.deadline.Jurisdiction.SCOTLAND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;

/**
 * Alaveteli's own fixture (FOI_RULES §0, [S11]): sent Sun 14 Oct 2007, due Fri 9 Nov 2007, very
 * overdue after Mon 10 Dec 2007 (Scotland's first St Andrew's Day holiday skipped), and after
 * Fri 11 Jan 2008 for a school. 2007 is outside the shipped data, so the holidays from October
 * 2007 to January 2008 are listed here.
 */
class AlaveteliFixtureTest {

    private static final LocalDate SENT = LocalDate.of(2007, 10, 14);

    private final WorkingDayCalendar calendar = WorkingDayCalendar.forRegime(Regime.FOIA, holidays());

    @Test
    void the_request_is_due_on_the_twentieth_working_day() {
        RequestClock clock = new RequestClock(calendar, Regime.FOIA, SENT, false, List.of());

        assertThat(clock.responseDue()).contains(LocalDate.of(2007, 11, 9));
        assertThat(clock.stateOn(LocalDate.of(2007, 11, 9))).isEqualTo(ClockState.DUE_SOON);
        assertThat(clock.stateOn(LocalDate.of(2007, 11, 10))).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void the_request_is_very_overdue_after_forty_working_days_not_counting_st_andrews_day() {
        RequestClock clock = new RequestClock(calendar, Regime.FOIA, SENT, false, List.of());

        assertThat(clock.longOverdueAfter()).contains(LocalDate.of(2007, 12, 10));
        assertThat(clock.stateOn(LocalDate.of(2007, 12, 10))).isEqualTo(ClockState.OVERDUE);
        assertThat(clock.stateOn(LocalDate.of(2007, 12, 11))).isEqualTo(ClockState.LONG_OVERDUE);
        assertThat(new DeadlineCalculator(calendar).workingDaysAfter(SENT, 40).skippedHolidays())
                .containsExactly(new BankHoliday(LocalDate.of(2007, 11, 30), "St Andrew’s Day", SCOTLAND));
    }

    @Test
    void a_school_is_very_overdue_only_after_sixty_working_days() {
        RequestClock clock = new RequestClock(calendar, Regime.FOIA, SENT, true, List.of());

        assertThat(clock.longOverdueAfter()).contains(LocalDate.of(2008, 1, 11));
    }

    private static List<BankHoliday> holidays() {
        List<BankHoliday> holidays = new ArrayList<>();
        holidays.add(new BankHoliday(LocalDate.of(2007, 11, 30), "St Andrew’s Day", SCOTLAND));
        for (Jurisdiction jurisdiction : Jurisdiction.values()) {
            holidays.add(new BankHoliday(LocalDate.of(2007, 12, 25), "Christmas Day", jurisdiction));
            holidays.add(new BankHoliday(LocalDate.of(2007, 12, 26), "Boxing Day", jurisdiction));
            holidays.add(new BankHoliday(LocalDate.of(2008, 1, 1), "New Year’s Day", jurisdiction));
        }
        holidays.add(new BankHoliday(LocalDate.of(2008, 1, 2), "2nd January", SCOTLAND));
        return holidays;
    }
}
