package org.answerable.deadline;

import static org.answerable.deadline.ClockEvent.extension;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extensions (FOI_RULES §1.6, §2, §4). A request received Fri 27 Jun 2025 is due Mon 28 Jul 2025;
 * its 40th working day is Wed 27 Aug 2025 UK-wide and Mon 25 Aug 2025 in Scotland.
 */
class RequestClockExtensionTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 6, 27);

    @Test
    void a_public_interest_extension_moves_the_due_date_to_the_date_the_authority_gave() {
        RequestClock clock = clock(Regime.FOIA,
                extension(LocalDate.of(2025, 7, 25), LocalDate.of(2025, 8, 20)));

        assertThat(clock.responseDue()).contains(LocalDate.of(2025, 8, 20));
        assertThat(clock.warnings()).isEmpty();
        assertThat(clock.readingOn(LocalDate.of(2025, 7, 29)).extended()).isTrue();
        assertThat(clock.stateOn(LocalDate.of(2025, 7, 29))).isEqualTo(ClockState.AWAITING_RESPONSE);
        assertThat(clock.stateOn(LocalDate.of(2025, 8, 21))).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void an_extension_beyond_forty_working_days_is_warned_about() {
        RequestClock clock = clock(Regime.FOIA, extension(LocalDate.of(2025, 7, 25), LocalDate.of(2025, 9, 5)));

        assertThat(clock.warnings()).containsExactly("The extended date Fri 5 Sep 2025 is beyond 40 working days "
                + "(Wed 27 Aug 2025), which the ICO treats as the normal maximum (FOI_RULES §1.6).");
        assertThat(clock.stateOn(LocalDate.of(2025, 8, 28))).isEqualTo(ClockState.AWAITING_RESPONSE);
        assertThat(clock.stateOn(LocalDate.of(2025, 9, 1))).isEqualTo(ClockState.DUE_SOON);
        assertThat(clock.stateOn(LocalDate.of(2025, 9, 8))).isEqualTo(ClockState.LONG_OVERDUE);
    }

    @Test
    void an_extension_announced_after_the_twenty_days_is_warned_about() {
        RequestClock clock = clock(Regime.FOIA, extension(LocalDate.of(2025, 7, 29), LocalDate.of(2025, 8, 15)));

        assertThat(clock.warnings()).singleElement().asString()
                .startsWith("Extension on Tue 29 Jul 2025 came after the 20 working days ran out on Mon 28 Jul 2025");
    }

    @Test
    void a_second_public_interest_extension_moves_the_date_again_and_is_warned_about_only_past_forty_days() {
        RequestClock clock = clock(Regime.FOIA,
                extension(LocalDate.of(2025, 7, 25), LocalDate.of(2025, 8, 20)),
                extension(LocalDate.of(2025, 8, 19), LocalDate.of(2025, 9, 10)));

        assertThat(clock.responseDue()).contains(LocalDate.of(2025, 9, 10));
        assertThat(clock.warnings()).singleElement().asString().startsWith("The extended date Wed 10 Sep 2025");
    }

    @ParameterizedTest(name = "{0}: extended to {1}")
    @CsvSource(textBlock = """
            EIR,  2025-08-27
            EISR, 2025-08-25
            """)
    void an_environmental_extension_runs_to_forty_working_days(Regime regime, LocalDate extendedDue) {
        RequestClock clock = clock(regime, extension(LocalDate.of(2025, 7, 21)));

        assertThat(clock.responseDue()).contains(extendedDue);
        assertThat(clock.readingOn(LocalDate.of(2025, 7, 21)).explanation())
                .anyMatch(line -> line.contains("complex and voluminous"));
    }

    private static RequestClock clock(Regime regime, ClockEvent... events) {
        return new RequestClock(ShippedHolidays.calendar(regime), regime, RECEIVED, false, List.of(events));
    }
}
