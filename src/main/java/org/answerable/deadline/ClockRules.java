package org.answerable.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.answerable.authority.Regime;

/** The numbers and sources a request's clock follows under one regime. */
record ClockRules(Regime regime, boolean school) {

    static final int RESPONSE_WORKING_DAYS = 20;
    /** ICO's usual ceiling for a public interest extension, and EIR reg 7's extended limit (§1.6, §2). */
    static final int USUAL_MAXIMUM_WORKING_DAYS = 40;
    static final int DUE_SOON_WORKING_DAYS = 5;
    /** WhatDoTheyKnow's "long overdue" point for bodies tagged school (FOI_RULES §1.7, §7). */
    private static final int SCHOOL_LONG_OVERDUE_WORKING_DAYS = 60;

    // Coronavirus (Scotland) Act 2020: FOISA limits were 60 working days for this window, and
    // WhatDoTheyKnow's Scotland calculator used 60/100 (FOI_RULES §4, [S54][S55]).
    private static final LocalDate COVID_FIRST_DAY = LocalDate.of(2020, 4, 7);
    private static final LocalDate COVID_LAST_DAY = LocalDate.of(2020, 5, 26);
    private static final int COVID_RESPONSE_WORKING_DAYS = 60;
    private static final int COVID_LONG_OVERDUE_WORKING_DAYS = 100;

    int responseWorkingDays(LocalDate clockStarted) {
        return covidRules(clockStarted) ? COVID_RESPONSE_WORKING_DAYS : RESPONSE_WORKING_DAYS;
    }

    int longOverdueWorkingDays(LocalDate clockStarted) {
        if (covidRules(clockStarted)) {
            return COVID_LONG_OVERDUE_WORKING_DAYS;
        }
        return school ? SCHOOL_LONG_OVERDUE_WORKING_DAYS : USUAL_MAXIMUM_WORKING_DAYS;
    }

    String clarificationSource() {
        return switch (regime) {
            case FOIA -> "FOIA s1(3)";
            case EIR -> "EIR reg 9";
            case FOISA -> "FOISA s1(3)";
            case EISR -> "EISR, as FOISA s1(3); provision not verified";
        };
    }

    String feeSource() {
        return switch (regime) {
            case FOIA -> "FOIA s9, s10(2)";
            case FOISA -> "FOISA s9, s10(2)";
            case EIR -> "EIR reg 8; pausing the clock for a charge is unverified, FOI_RULES §2";
            case EISR -> "EISR reg 8; pausing the clock for a charge is unverified, FOI_RULES §2";
        };
    }

    String extensionSource() {
        return regime == Regime.EISR ? "EISR reg 7" : "EIR reg 7";
    }

    /** FOISA s10 has no counterpart to FOIA s10(3) (FOI_RULES §4). */
    Optional<String> refuseExtension() {
        if (regime != Regime.FOISA) {
            return Optional.empty();
        }
        return Optional.of("FOISA s10 has no public interest extension: a Scottish public authority must "
                + "respond within 20 working days, even when it weighs the public interest.");
    }

    List<String> notes(LocalDate clockStarted) {
        List<String> notes = new ArrayList<>();
        if (covidRules(clockStarted)) {
            notes.add("Received between 7 Apr and 26 May 2020: FOISA allowed 60 working days "
                    + "(Coronavirus (Scotland) Act 2020).");
        }
        if (school) {
            notes.add("Schools: the deadline is the earlier of 20 school days and 60 working days "
                    + "(FOI_RULES §1.7); school days are not counted here, so out of term time it may be later.");
        }
        return notes;
    }

    /**
     * The fee must arrive within 3 months beginning with the day of the notice (FOIA s9(2)): the
     * period ends the day before the corresponding date, or at the end of a month that has none.
     */
    static LocalDate lastDayToPay(LocalDate feeNotice) {
        LocalDate corresponding = feeNotice.plusMonths(3);
        return corresponding.getDayOfMonth() == feeNotice.getDayOfMonth() ? corresponding.minusDays(1) : corresponding;
    }

    private boolean covidRules(LocalDate clockStarted) {
        return regime == Regime.FOISA
                && !clockStarted.isBefore(COVID_FIRST_DAY) && !clockStarted.isAfter(COVID_LAST_DAY);
    }
}
