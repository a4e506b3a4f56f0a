package org.answerable.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A request's clock as it stood on one day.
 *
 * @param clockStarted day 0: the day of receipt, or of the latest clarification (s1(3))
 * @param responseDue empty while the clock is stopped for clarification or an unpaid fee
 * @param longOverdueAfter 40 working days, 60 for schools (WhatDoTheyKnow, FOI_RULES §7); not a
 *        statutory limit, but the ICO's usual ceiling for a public interest extension (§1.6)
 * @param lastDayToPayFee while a fees notice is unpaid: the end of its 3 months (FOIA s9(2))
 * @param extended the authority extended the deadline (FOIA s10(3), EIR reg 7)
 * @param explanation how the dates were reached, one sentence a line
 * @param warnings what looks wrong, for the campaigner to check or challenge
 */
public record ClockReading(
        LocalDate asOf,
        ClockState state,
        LocalDate clockStarted,
        Optional<LocalDate> responseDue,
        Optional<LocalDate> longOverdueAfter,
        Optional<LocalDate> lastDayToPayFee,
        boolean extended,
        List<String> explanation,
        List<String> warnings) {

    public ClockReading {
        explanation = List.copyOf(explanation);
        warnings = List.copyOf(warnings);
    }
}
