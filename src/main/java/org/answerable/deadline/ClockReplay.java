package org.answerable.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.answerable.authority.Regime;

/** Replays a request's clock events in order, refusing any that could not have happened. */
final class ClockReplay {

    private final DeadlineCalculator calculator;
    private final ClockRules rules;
    private final LocalDate received;

    private LocalDate start;
    private ClockEvent previous;
    private LocalDate clarificationAsked;
    private LocalDate feeNoticeGiven;
    private LocalDate extendedTo;
    private boolean extendedToFortyDays;
    private LocalDate respondedOn;
    private final List<ClockPause> pauses = new ArrayList<>();
    private final List<String> history = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    ClockReplay(DeadlineCalculator calculator, ClockRules rules, LocalDate received) {
        this.calculator = calculator;
        this.rules = rules;
        this.received = received;
        this.start = received;
    }

    void apply(ClockEvent event) {
        requirePossible(event);
        switch (event.type()) {
            case CLARIFICATION_REQUESTED -> clarificationAsked = event.date();
            case CLARIFICATION_PROVIDED -> clarificationProvided(event);
            case FEE_NOTICE -> feeNotice(event);
            case FEE_PAID -> feePaid(event);
            case EXTENSION -> extension(event);
            case RESPONSE_RECEIVED -> responded(event);
        }
        previous = event;
    }

    ClockReading read(LocalDate asOf) {
        List<String> explanation = new ArrayList<>();
        Optional<LocalDate> lastDayToPay = Optional.ofNullable(feeNoticeGiven).map(ClockRules::lastDayToPay);
        if (isStopped()) {
            explanation.addAll(history);
            explanation.add(stoppedBecause());
            explanation.addAll(rules.notes(start));
            ClockState state = respondedOn != null ? ClockState.RESPONDED
                    : feeNoticeGiven == null ? ClockState.CLARIFICATION_PENDING
                    : asOf.isAfter(lastDayToPay.orElseThrow()) ? ClockState.LAPSED : ClockState.FEE_PENDING;
            return new ClockReading(asOf, state, start, Optional.empty(), Optional.empty(), lastDayToPay,
                    isExtended(), explanation, warnings);
        }
        ComputedDeadline statutory = currentStatutoryDue();
        ComputedDeadline longOverdue = count(rules.longOverdueWorkingDays(start));
        LocalDate due = extendedTo != null ? extendedTo : statutory.date();
        explanation.addAll(statutory.explanation());
        explanation.addAll(history);
        explanation.add("Long overdue after " + DateText.of(longOverdue.date()) + ": "
                + longOverdue.workingDays() + " working days (WhatDoTheyKnow convention, FOI_RULES §7).");
        explanation.addAll(rules.notes(start));
        ClockState state = respondedOn != null ? ClockState.RESPONDED : stateByDate(asOf, due, longOverdue.date());
        return new ClockReading(asOf, state, start, Optional.of(due), Optional.of(longOverdue.date()),
                lastDayToPay, isExtended(), explanation, warnings);
    }

    private ClockState stateByDate(LocalDate asOf, LocalDate due, LocalDate longOverdueAfter) {
        if (asOf.isAfter(due)) {
            return asOf.isAfter(longOverdueAfter) ? ClockState.LONG_OVERDUE : ClockState.OVERDUE;
        }
        boolean soon = calculator.calendar().workingDaysBetween(asOf, due) <= ClockRules.DUE_SOON_WORKING_DAYS;
        return soon ? ClockState.DUE_SOON : ClockState.AWAITING_RESPONSE;
    }

    private void requirePossible(ClockEvent event) {
        if (event.date().isBefore(received)) {
            throw invalid(event, event.describe() + " is before the request was received on "
                    + DateText.of(received) + ".");
        }
        if (respondedOn != null) {
            throw invalid(event, "The response on " + DateText.of(respondedOn) + " ended the clock; nothing can "
                    + "follow it (" + event.describe() + ").");
        }
        if (previous != null && event.date().isBefore(previous.date())) {
            throw invalid(event, "Events must be in date order: " + event.describe() + " is listed after "
                    + previous.describe() + ".");
        }
    }

    private void clarificationProvided(ClockEvent event) {
        if (clarificationAsked == null) {
            throw invalid(event, event.describe() + ", but the authority had not asked for clarification.");
        }
        clarificationAsked = null;
        start = event.date();
        extendedTo = null;
        extendedToFortyDays = false;
        history.add("Clock restarted on " + DateText.of(start) + " when the clarification was provided ("
                + rules.clarificationSource() + ").");
    }

    private void feeNotice(ClockEvent event) {
        if (feeNoticeGiven != null) {
            throw invalid(event, event.describe() + ", but the fees notice of " + DateText.of(feeNoticeGiven)
                    + " is still unpaid.");
        }
        if (!isStopped() && event.date().isAfter(currentStatutoryDue().date())) {
            warnings.add(event.describe() + " came after the response was due on "
                    + DateText.of(currentStatutoryDue().date()) + "; a fees notice must be given within the "
                    + "time for compliance (" + rules.feeSource() + ").");
        }
        feeNoticeGiven = event.date();
    }

    private void feePaid(ClockEvent event) {
        if (feeNoticeGiven == null) {
            throw invalid(event, event.describe() + ", but no fees notice was given before it.");
        }
        LocalDate lastDay = ClockRules.lastDayToPay(feeNoticeGiven);
        if (event.date().isAfter(lastDay)) {
            warnings.add(event.describe() + " is after the last day to pay, " + DateText.of(lastDay)
                    + ": the authority need not comply (" + rules.feeSource() + ").");
        }
        pauses.add(new ClockPause(feeNoticeGiven, event.date(),
                "from the fees notice to the payment, both days disregarded (" + rules.feeSource() + ")"));
        feeNoticeGiven = null;
    }

    private void extension(ClockEvent event) {
        Optional<String> refusal = rules.refuseExtension();
        if (refusal.isPresent()) {
            throw invalid(event, refusal.get());
        }
        if (isStopped()) {
            throw invalid(event, event.describe() + " cannot extend a stopped clock. " + stoppedBecause());
        }
        LocalDate statutory = currentStatutoryDue().date();
        if (rules.regime() == Regime.FOIA) {
            LocalDate currentDue = extendedTo != null ? extendedTo : statutory;
            extendedTo = Extensions.publicInterest(event, currentDue, statutory,
                    count(ClockRules.USUAL_MAXIMUM_WORKING_DAYS).date(), warnings);
            history.add("Extended on " + DateText.of(event.date()) + " to " + DateText.of(extendedTo)
                    + " to consider the public interest (FOIA s10(3)).");
        } else {
            Extensions.complexAndVoluminous(event, extendedToFortyDays, statutory, rules.extensionSource(), warnings);
            extendedToFortyDays = true;
            history.add("Extended on " + DateText.of(event.date()) + " to 40 working days because the request "
                    + "is complex and voluminous (" + rules.extensionSource() + ").");
        }
    }

    private void responded(ClockEvent event) {
        if (!isStopped()) {
            LocalDate due = extendedTo != null ? extendedTo : currentStatutoryDue().date();
            if (event.date().isAfter(due)) {
                history.add("Responded on " + DateText.of(event.date()) + ", after the deadline of "
                        + DateText.of(due) + ".");
            }
        }
        respondedOn = event.date();
    }

    private ComputedDeadline currentStatutoryDue() {
        return count(extendedToFortyDays ? ClockRules.USUAL_MAXIMUM_WORKING_DAYS : rules.responseWorkingDays(start));
    }

    private ComputedDeadline count(int workingDays) {
        return calculator.workingDaysAfter(start, workingDays, pauses);
    }

    private boolean isExtended() {
        return extendedTo != null || extendedToFortyDays;
    }

    private boolean isStopped() {
        return clarificationAsked != null || feeNoticeGiven != null;
    }

    private String stoppedBecause() {
        return clarificationAsked != null
                ? "Clock stopped on " + DateText.of(clarificationAsked) + " until clarification is provided ("
                        + rules.clarificationSource() + ")."
                : "Clock stopped on " + DateText.of(feeNoticeGiven) + " until the fee is paid, at the latest by "
                        + DateText.of(ClockRules.lastDayToPay(feeNoticeGiven)) + " (" + rules.feeSource() + ").";
    }

    static InvalidClockEventException invalid(ClockEvent event, String message) {
        return new InvalidClockEventException(event, message);
    }
}
