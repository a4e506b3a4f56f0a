package org.answerable.deadline;

import static org.answerable.deadline.ClockEvent.clarificationProvided;
import static org.answerable.deadline.ClockEvent.clarificationRequested;
import static org.answerable.deadline.ClockEvent.extension;
import static org.answerable.deadline.ClockEvent.feeNotice;
import static org.answerable.deadline.ClockEvent.feePaid;
import static org.answerable.deadline.ClockEvent.responseReceived;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Events that cannot have happened are refused with a message the campaigner can act on. */
class RequestClockValidationTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 12, 2);

    static Stream<Arguments> impossibleEvents() {
        return Stream.of(
                Arguments.of("a reply before the request was received", Regime.FOIA,
                        List.of(responseReceived(LocalDate.of(2025, 12, 1))),
                        "Response received on Mon 1 Dec 2025 is before the request was received on Tue 2 Dec 2025."),
                Arguments.of("a payment without a fees notice", Regime.FOIA,
                        List.of(feePaid(LocalDate.of(2025, 12, 5))),
                        "Fee paid on Fri 5 Dec 2025, but no fees notice was given before it."),
                Arguments.of("clarification nobody asked for", Regime.EIR,
                        List.of(clarificationProvided(LocalDate.of(2025, 12, 5))),
                        "Clarification provided on Fri 5 Dec 2025, but the authority had not asked for clarification."),
                Arguments.of("events out of date order", Regime.FOIA,
                        List.of(clarificationRequested(LocalDate.of(2025, 12, 9)),
                                clarificationProvided(LocalDate.of(2025, 12, 8))),
                        "Events must be in date order: Clarification provided on Mon 8 Dec 2025 is listed after "
                                + "Clarification requested on Tue 9 Dec 2025."),
                Arguments.of("anything after the response", Regime.FOIA,
                        List.of(responseReceived(LocalDate.of(2025, 12, 10)), feeNotice(LocalDate.of(2025, 12, 11))),
                        "The response on Wed 10 Dec 2025 ended the clock; nothing can follow it "
                                + "(Fees notice on Thu 11 Dec 2025)."),
                Arguments.of("a second fees notice before the first is paid", Regime.FOIA,
                        List.of(feeNotice(LocalDate.of(2025, 12, 3)), feeNotice(LocalDate.of(2025, 12, 4))),
                        "Fees notice on Thu 4 Dec 2025, but the fees notice of Wed 3 Dec 2025 is still unpaid."),
                Arguments.of("a FOISA extension", Regime.FOISA,
                        List.of(extension(LocalDate.of(2025, 12, 10), LocalDate.of(2026, 1, 30))),
                        "FOISA s10 has no public interest extension: a Scottish public authority must respond "
                                + "within 20 working days, even when it weighs the public interest."),
                Arguments.of("a FOIA extension without a date", Regime.FOIA,
                        List.of(extension(LocalDate.of(2025, 12, 10))),
                        "A public interest extension needs the date the authority gave for its decision (FOIA s17(2))."),
                Arguments.of("a FOIA extension that brings the deadline forward", Regime.FOIA,
                        List.of(extension(LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 20))),
                        "The extended date Sat 20 Dec 2025 must be later than the current due date, Mon 5 Jan 2026."),
                Arguments.of("a second EIR extension", Regime.EIR,
                        List.of(extension(LocalDate.of(2025, 12, 10)), extension(LocalDate.of(2025, 12, 11))),
                        "EIR reg 7 allows one extension, to 40 working days, and the deadline was already extended."),
                Arguments.of("an extension while awaiting clarification", Regime.EIR,
                        List.of(clarificationRequested(LocalDate.of(2025, 12, 3)), extension(LocalDate.of(2025, 12, 4))),
                        "Extension on Thu 4 Dec 2025 cannot extend a stopped clock. Clock stopped on Wed 3 Dec 2025 "
                                + "until clarification is provided (EIR reg 9)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossibleEvents")
    void impossible_events_are_refused_with_a_readable_message(String what, Regime regime, List<ClockEvent> events,
            String message) {
        assertThatThrownBy(() -> new RequestClock(ShippedHolidays.calendar(regime), regime, RECEIVED, false, events))
                .isInstanceOf(InvalidClockEventException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidClockEventException) e).event())
                .isEqualTo(events.getLast());
    }

    @Test
    void events_on_the_day_of_receipt_are_allowed() {
        RequestClock clock = new RequestClock(ShippedHolidays.calendar(Regime.FOIA), Regime.FOIA, RECEIVED, false,
                List.of(clarificationRequested(RECEIVED), clarificationProvided(RECEIVED)));

        assertThat(clock.responseDue()).contains(LocalDate.of(2026, 1, 5));
    }

    @Test
    void a_clock_needs_the_calendar_of_its_regime() {
        assertThatThrownBy(() -> new RequestClock(ShippedHolidays.calendar(Regime.FOIA), Regime.FOISA, RECEIVED,
                false, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_an_extension_carries_a_new_due_date() {
        assertThatThrownBy(() -> new ClockEvent(ClockEvent.Type.FEE_NOTICE, RECEIVED,
                Optional.of(LocalDate.of(2026, 1, 5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only an extension carries a new due date, not Fees notice");
    }
}
