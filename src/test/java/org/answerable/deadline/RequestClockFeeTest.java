package org.answerable.deadline;

import static org.answerable.deadline.ClockEvent.feeNotice;
import static org.answerable.deadline.ClockEvent.feePaid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fees: working days from the notice day to the payment day are disregarded, and an unpaid fee
 * lapses after 3 months beginning with the notice day (FOIA s9, s10(2); FOI_RULES §1.5). A FOIA
 * request received Mon 2 Jun 2025 is otherwise due Mon 30 Jun 2025.
 */
class RequestClockFeeTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 6, 2);

    @Test
    void a_fee_period_is_disregarded_from_the_notice_day_to_the_payment_day() {
        // Notice Tue 10 Jun, paid Fri 13 Jun: four working days disregarded, so due Fri 4 Jul 2025;
        // the 40th working day moves from Tue 29 Jul to Tue 5 Aug (NI 14 Jul, Scottish 4 Aug skipped).
        RequestClock clock = clock(Regime.FOIA,
                feeNotice(LocalDate.of(2025, 6, 10)), feePaid(LocalDate.of(2025, 6, 13)));

        assertThat(clock.responseDue()).contains(LocalDate.of(2025, 7, 4));
        assertThat(clock.longOverdueAfter()).contains(LocalDate.of(2025, 8, 5));
        assertThat(clock.stateOn(LocalDate.of(2025, 6, 11))).isEqualTo(ClockState.FEE_PENDING);
        assertThat(clock.readingOn(LocalDate.of(2025, 6, 11)).lastDayToPayFee()).contains(LocalDate.of(2025, 9, 9));
        assertThat(clock.stateOn(LocalDate.of(2025, 6, 16))).isEqualTo(ClockState.AWAITING_RESPONSE);
    }

    @Test
    void an_unpaid_fee_lapses_after_three_months_beginning_with_the_notice_day() {
        RequestClock clock = clock(Regime.FOIA, feeNotice(LocalDate.of(2025, 6, 10)));

        assertThat(clock.responseDue()).isEmpty();
        assertThat(clock.stateOn(LocalDate.of(2025, 9, 9))).isEqualTo(ClockState.FEE_PENDING);
        assertThat(clock.stateOn(LocalDate.of(2025, 9, 10))).isEqualTo(ClockState.LAPSED);
    }

    @ParameterizedTest(name = "a fees notice given on {0} must be paid by {1}")
    @CsvSource(textBlock = """
            2025-01-10, 2025-04-09
            2025-06-10, 2025-09-09
            2025-11-30, 2026-02-28
            2025-12-01, 2026-02-28
            2027-11-30, 2028-02-29
            2026-01-31, 2026-04-30
            """)
    void the_three_months_end_the_day_before_the_corresponding_date_or_at_the_end_of_a_short_month(
            LocalDate notice, LocalDate lastDay) {
        assertThat(ClockRules.lastDayToPay(notice)).isEqualTo(lastDay);
    }

    @Test
    void a_fee_paid_after_the_three_months_is_accepted_with_a_warning() {
        RequestClock clock = clock(Regime.FOIA,
                feeNotice(LocalDate.of(2025, 6, 10)), feePaid(LocalDate.of(2025, 9, 10)));

        assertThat(clock.warnings()).containsExactly("Fee paid on Wed 10 Sep 2025 is after the last day to pay, "
                + "Tue 9 Sep 2025: the authority need not comply (FOIA s9, s10(2)).");
    }

    @Test
    void an_eir_charge_pauses_the_clock_the_same_way_but_says_the_rule_is_unverified() {
        RequestClock clock = clock(Regime.EIR, feeNotice(LocalDate.of(2025, 6, 10)));

        assertThat(clock.readingOn(LocalDate.of(2025, 6, 11)).explanation()).containsExactly(
                "Clock stopped on Tue 10 Jun 2025 until the fee is paid, at the latest by Tue 9 Sep 2025 "
                        + "(EIR reg 8; pausing the clock for a charge is unverified, FOI_RULES §2).");
    }

    @Test
    void a_fees_notice_after_the_deadline_is_warned_about() {
        RequestClock clock = clock(Regime.FOIA, feeNotice(LocalDate.of(2025, 7, 1)));

        assertThat(clock.warnings()).containsExactly("Fees notice on Tue 1 Jul 2025 came after the response was due "
                + "on Mon 30 Jun 2025; a fees notice must be given within the time for compliance (FOIA s9, s10(2)).");
    }

    private static RequestClock clock(Regime regime, ClockEvent... events) {
        return new RequestClock(ShippedHolidays.calendar(regime), regime, RECEIVED, false, List.of(events));
    }
}
