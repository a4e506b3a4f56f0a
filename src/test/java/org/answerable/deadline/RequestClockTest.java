package org.answerable.deadline;

import static org.answerable.deadline.ClockEvent.clarificationProvided;
import static org.answerable.deadline.ClockEvent.clarificationRequested;
import static org.answerable.deadline.ClockEvent.responseReceived;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request's clock through its events. Most cases use a FOIA request received Fri 27 Jun 2025:
 * due Mon 28 Jul 2025 (NI 14 Jul skipped), 40th working day Wed 27 Aug 2025 (Scottish 4 Aug and
 * E&W/NI 25 Aug skipped), 60th Wed 24 Sep 2025.
 */
class RequestClockTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 6, 27);

    @ParameterizedTest(name = "on {0} the request is {1}")
    @CsvSource(textBlock = """
            2025-06-27, AWAITING_RESPONSE
            2025-07-18, AWAITING_RESPONSE
            2025-07-20, AWAITING_RESPONSE
            2025-07-21, DUE_SOON
            2025-07-28, DUE_SOON
            2025-07-29, OVERDUE
            2025-08-27, OVERDUE
            2025-08-28, LONG_OVERDUE
            2030-01-01, LONG_OVERDUE
            """)
    void an_unanswered_request_becomes_due_soon_then_overdue_then_long_overdue(LocalDate today, ClockState state) {
        RequestClock clock = clock(Regime.FOIA, false);

        assertThat(clock.responseDue()).contains(LocalDate.of(2025, 7, 28));
        assertThat(clock.longOverdueAfter()).contains(LocalDate.of(2025, 8, 27));
        assertThat(clock.stateOn(today)).isEqualTo(state);
    }

    @Test
    void a_school_is_long_overdue_only_after_sixty_working_days() {
        RequestClock clock = clock(Regime.FOIA, true);

        assertThat(clock.responseDue()).contains(LocalDate.of(2025, 7, 28));
        assertThat(clock.longOverdueAfter()).contains(LocalDate.of(2025, 9, 24));
        assertThat(clock.stateOn(LocalDate.of(2025, 9, 24))).isEqualTo(ClockState.OVERDUE);
        assertThat(clock.stateOn(LocalDate.of(2025, 9, 25))).isEqualTo(ClockState.LONG_OVERDUE);
        assertThat(clock.readingOn(RECEIVED).explanation()).anyMatch(line -> line.contains("20 school days"));
    }

    @Test
    void a_scottish_request_counts_on_the_scottish_calendar() {
        RequestClock clock = clock(Regime.FOISA, false);

        assertThat(clock.responseDue()).contains(LocalDate.of(2025, 7, 25));
        assertThat(clock.longOverdueAfter()).contains(LocalDate.of(2025, 8, 25));
    }

    @Test
    void asking_for_clarification_stops_the_clock_and_providing_it_starts_twenty_fresh_working_days() {
        RequestClock clock = clock(Regime.FOIA, false,
                clarificationRequested(LocalDate.of(2025, 7, 2)), clarificationProvided(LocalDate.of(2025, 7, 7)));

        ClockReading waiting = clock.readingOn(LocalDate.of(2025, 7, 3));
        assertThat(waiting.state()).isEqualTo(ClockState.CLARIFICATION_PENDING);
        assertThat(waiting.responseDue()).isEmpty();
        assertThat(waiting.explanation()).contains("Clock stopped on Wed 2 Jul 2025 until clarification is "
                + "provided (FOIA s1(3)).");

        assertThat(clock.responseDue()).contains(LocalDate.of(2025, 8, 6));
        assertThat(clock.longOverdueAfter()).contains(LocalDate.of(2025, 9, 4));
        assertThat(clock.readingOn(LocalDate.of(2025, 7, 8)).clockStarted()).isEqualTo(LocalDate.of(2025, 7, 7));
        assertThat(clock.stateOn(LocalDate.of(2025, 7, 29))).isEqualTo(ClockState.DUE_SOON);
        assertThat(clock.stateOn(LocalDate.of(2025, 8, 7))).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void a_response_ends_the_clock() {
        RequestClock clock = clock(Regime.FOIA, false, responseReceived(LocalDate.of(2025, 7, 10)));

        assertThat(clock.stateOn(LocalDate.of(2025, 7, 9))).isEqualTo(ClockState.AWAITING_RESPONSE);
        assertThat(clock.stateOn(LocalDate.of(2025, 7, 10))).isEqualTo(ClockState.RESPONDED);
        assertThat(clock.stateOn(LocalDate.of(2026, 1, 1))).isEqualTo(ClockState.RESPONDED);
    }

    @Test
    void a_late_response_is_explained_as_late() {
        RequestClock clock = clock(Regime.FOIA, false, responseReceived(LocalDate.of(2025, 7, 30)));

        assertThat(clock.readingOn(LocalDate.of(2025, 7, 30)).explanation())
                .contains("Responded on Wed 30 Jul 2025, after the deadline of Mon 28 Jul 2025.");
    }

    @Test
    void a_scottish_request_during_the_2020_emergency_had_sixty_working_days() {
        // Received Wed 15 Apr 2020; Scottish holidays 8 May, 25 May and 3 Aug 2020 skipped.
        RequestClock clock = new RequestClock(ShippedHolidays.calendar(Regime.FOISA), Regime.FOISA,
                LocalDate.of(2020, 4, 15), false, List.of());

        assertThat(clock.responseDue()).contains(LocalDate.of(2020, 7, 10));
        assertThat(clock.longOverdueAfter()).contains(LocalDate.of(2020, 9, 7));
    }

    @Test
    void a_scottish_request_after_the_emergency_has_twenty_working_days_again() {
        RequestClock clock = new RequestClock(ShippedHolidays.calendar(Regime.FOISA), Regime.FOISA,
                LocalDate.of(2020, 5, 27), false, List.of());

        assertThat(clock.responseDue()).contains(LocalDate.of(2020, 6, 24));
    }

    @Test
    void the_reading_explains_how_the_dates_were_counted() {
        assertThat(clock(Regime.FOIA, false).readingOn(RECEIVED).explanation()).containsExactly(
                "20 working days after Fri 27 Jun 2025 is Mon 28 Jul 2025.",
                "Skipped Mon 14 Jul 2025 Battle of the Boyne (Orangemen’s Day) (substitute day) (Northern Ireland).",
                "Long overdue after Wed 27 Aug 2025: 40 working days (WhatDoTheyKnow convention, FOI_RULES §7).");
    }

    private static RequestClock clock(Regime regime, boolean school, ClockEvent... events) {
        return new RequestClock(ShippedHolidays.calendar(regime), regime, RECEIVED, school, List.of(events));
    }
}
