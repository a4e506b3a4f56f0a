package org.answerable.deadline;

import static org.answerable.deadline.Jurisdiction.ENGLAND_AND_WALES;
import static org.answerable.deadline.Jurisdiction.NORTHERN_IRELAND;
import static org.answerable.deadline.Jurisdiction.SCOTLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates 20 working days after receipt; expected dates counted by hand from FOI_RULES §0-§6. */
class DeadlineCalculatorTest {

    @ParameterizedTest(name = "{0} received {1} is due {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # FOI_RULES §0 worked examples (union calendar)
            FOIA  | 2025-06-27 | 2025-07-28 | NI Boyne substitute 14 Jul skipped; E&W alone would give 25 Jul
            FOIA  | 2022-09-05 | 2022-10-04 | state funeral 19 Sep skipped
            FOIA  | 2025-12-06 | 2026-01-08 | Saturday receipt is day 0; Christmas, Boxing Day, 1 and 2 Jan skipped
            FOIA  | 2025-12-01 | 2025-12-31 | received on Scotland's St Andrew's substitute day
            # NI-only days stop a FOIA clock but not a FOISA one
            EIR   | 2025-06-27 | 2025-07-28 | EIR uses the union calendar too
            FOISA | 2025-06-27 | 2025-07-25 | Boyne holiday is a Scottish working day
            EISR  | 2025-06-27 | 2025-07-25 | EISR uses the Scottish calendar
            FOIA  | 2026-03-02 | 2026-03-31 | St Patrick's Day 17 Mar skipped
            FOISA | 2026-03-02 | 2026-03-30 | St Patrick's Day counted
            FOIA  | 2022-07-01 | 2022-08-02 | NI 12 Jul and Scottish 1 Aug both skipped
            FOISA | 2022-07-01 | 2022-07-29 | only Scottish days skipped, none in July
            # Easter Monday and the late-August holiday are not Scottish bank holidays
            FOIA  | 2026-03-23 | 2026-04-22 | Good Friday and Easter Monday skipped
            FOISA | 2026-03-23 | 2026-04-21 | Easter Monday counted
            FOIA  | 2026-08-10 | 2026-09-08 | E&W and NI summer holiday 31 Aug skipped
            FOISA | 2026-08-10 | 2026-09-07 | 31 Aug counted
            # Scottish-only days stop both clocks
            FOIA  | 2024-12-16 | 2025-01-17 | Scottish 2 Jan skipped under FOIA
            FOISA | 2024-12-16 | 2025-01-17 | 2 Jan skipped
            FOIA  | 2026-11-16 | 2026-12-15 | St Andrew's Day 30 Nov skipped under FOIA
            FOISA | 2026-11-16 | 2026-12-15 | St Andrew's Day skipped
            FOIA  | 2026-07-27 | 2026-08-25 | Scottish summer holiday 3 Aug skipped under FOIA
            FOISA | 2026-07-27 | 2026-08-25 | first Monday of August skipped
            # one-off and moved holidays
            FOIA  | 2022-05-23 | 2022-06-22 | spring holiday 2 Jun and Platinum Jubilee 3 Jun
            FOISA | 2022-05-23 | 2022-06-22 | Jubilee holidays were UK-wide
            FOIA  | 2023-04-28 | 2023-05-31 | early May, coronation 8 May and spring holiday
            FOIA  | 2020-05-01 | 2020-06-02 | early May holiday moved to VE Day, Fri 8 May
            # substitute days
            FOIA  | 2021-12-13 | 2022-01-14 | 27 and 28 Dec, 3 Jan and Scottish 4 Jan substitutes
            FOISA | 2021-12-13 | 2022-01-14 | Scotland has the same four substitutes
            # receipt on a weekend or a holiday, and year ends
            FOIA  | 2026-06-13 | 2026-07-10 | Saturday receipt
            FOIA  | 2026-06-14 | 2026-07-10 | Sunday receipt gives the same date
            FOIA  | 2026-12-25 | 2027-01-27 | received on Christmas Day; 28 Dec, 1 Jan and Scottish 4 Jan skipped
            FOISA | 2026-11-30 | 2026-12-30 | received on St Andrew's Day
            FOIA  | 2025-12-31 | 2026-01-30 | received on New Year's Eve
            """)
    void the_response_is_due_on_the_twentieth_working_day_after_receipt(
            Regime regime, LocalDate received, LocalDate due, String why) {
        assertThat(ShippedHolidays.calculator(regime).workingDaysAfter(received, 20).date()).isEqualTo(due);
    }

    @Test
    void the_explanation_names_each_skipped_holiday_with_its_jurisdiction() {
        ComputedDeadline deadline = ShippedHolidays.calculator(Regime.FOIA)
                .workingDaysAfter(LocalDate.of(2025, 6, 27), 20);

        assertThat(deadline.skippedHolidays()).containsExactly(new BankHoliday(LocalDate.of(2025, 7, 14),
                "Battle of the Boyne (Orangemen’s Day) (substitute day)", NORTHERN_IRELAND));
        assertThat(deadline.explain()).isEqualTo("""
                20 working days after Fri 27 Jun 2025 is Mon 28 Jul 2025.
                Skipped Mon 14 Jul 2025 Battle of the Boyne (Orangemen’s Day) (substitute day) (Northern Ireland).""");
        assertThat(deadline.disputed()).isFalse();
    }

    @Test
    void a_holiday_in_several_jurisdictions_is_listed_once_per_jurisdiction_and_explained_on_one_line() {
        ComputedDeadline deadline = ShippedHolidays.calculator(Regime.FOIA)
                .workingDaysAfter(LocalDate.of(2025, 12, 6), 20);

        assertThat(deadline.skippedHolidays()).hasSize(10)
                .filteredOn(h -> h.date().equals(LocalDate.of(2025, 12, 25)))
                .extracting(BankHoliday::jurisdiction)
                .containsExactlyInAnyOrder(ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND);
        assertThat(deadline.explanation()).contains(
                "Skipped Thu 25 Dec 2025 Christmas Day (England and Wales, Scotland, Northern Ireland).",
                "Skipped Fri 26 Dec 2025 Boxing Day (England and Wales, Scotland, Northern Ireland).",
                "Skipped Fri 2 Jan 2026 2nd January (Scotland).");
    }

    @Test
    void the_2022_state_funeral_is_skipped_but_flagged_as_disputed() {
        ComputedDeadline deadline = ShippedHolidays.calculator(Regime.FOIA)
                .workingDaysAfter(LocalDate.of(2022, 9, 5), 20);

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2022, 10, 4));
        assertThat(deadline.disputed()).isTrue();
        assertThat(deadline.disputedHolidays()).hasSize(3)
                .allSatisfy(h -> assertThat(h.date()).isEqualTo(LocalDate.of(2022, 9, 19)));
        assertThat(deadline.dateIfDisputedDaysWorked()).contains(LocalDate.of(2022, 10, 3));
        assertThat(deadline.explain()).contains("Disputed: Mon 19 Sep 2022", "gives Mon 3 Oct 2022");
    }

    @Test
    void a_deadline_that_does_not_cross_the_funeral_is_not_disputed() {
        ComputedDeadline deadline = ShippedHolidays.calculator(Regime.FOIA)
                .workingDaysAfter(LocalDate.of(2022, 9, 20), 20);

        assertThat(deadline.disputed()).isFalse();
        assertThat(deadline.dateIfDisputedDaysWorked()).isEmpty();
    }

    @ParameterizedTest(name = "received {0}: statute gives {1}, the s45 Code reading {2}")
    @CsvSource(textBlock = """
            2025-12-06, 2026-01-08, 2026-01-09
            2025-12-01, 2025-12-31, 2026-01-05
            2025-12-08, 2026-01-09, 2026-01-09
            """)
    void an_authority_may_argue_a_day_later_when_a_request_arrives_on_a_non_working_day(
            LocalDate received, LocalDate statutory, LocalDate codeReading) {
        DeadlineCalculator foia = ShippedHolidays.calculator(Regime.FOIA);

        assertThat(foia.workingDaysAfter(received, 20).date()).isEqualTo(statutory);
        assertThat(foia.codeOfPracticeReading(received, 20).date()).isEqualTo(codeReading);
    }

    @Test
    void days_inside_a_pause_are_not_counted_and_the_pause_is_explained() {
        ClockPause fee = new ClockPause(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 13), "fee period");

        ComputedDeadline deadline = ShippedHolidays.calculator(Regime.FOIA)
                .workingDaysAfter(LocalDate.of(2025, 6, 2), 20, List.of(fee));

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 7, 4));
        assertThat(deadline.pausedWorkingDays()).isEqualTo(4);
        assertThat(deadline.explain()).contains("Clock stopped Tue 10 Jun 2025 to Fri 13 Jun 2025: fee period.");
    }

    @Test
    void a_deadline_running_into_2028_is_refused_because_its_holidays_are_unknown() {
        DeadlineCalculator foia = ShippedHolidays.calculator(Regime.FOIA);

        assertThatThrownBy(() -> foia.workingDaysAfter(LocalDate.of(2027, 12, 20), 20))
                .isInstanceOf(HolidaysUnknownException.class)
                .hasMessage("Bank holidays after 2027 are unknown: add them under Admin › Bank holidays");
    }

    @Test
    void a_deadline_running_through_2014_is_refused_because_its_holidays_are_unknown() {
        DeadlineCalculator foisa = ShippedHolidays.calculator(Regime.FOISA);

        assertThatThrownBy(() -> foisa.workingDaysAfter(LocalDate.of(2014, 12, 1), 20))
                .isInstanceOf(HolidaysUnknownException.class)
                .hasMessage("Bank holidays before 2015 are unknown: add them under Admin › Bank holidays");
    }

    @Test
    void the_last_computable_deadline_ends_on_the_last_day_of_the_data() {
        assertThat(ShippedHolidays.calculator(Regime.FOIA).workingDaysAfter(LocalDate.of(2027, 12, 1), 20).date())
                .isEqualTo(LocalDate.of(2027, 12, 31));
    }
}
