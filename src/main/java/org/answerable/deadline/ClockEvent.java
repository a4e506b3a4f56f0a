package org.answerable.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that starts, stops or moves a request's response clock, on the day it happened.
 *
 * @param newDueDate only for {@link Type#EXTENSION} under FOIA: the date the authority estimated
 *        for its public interest decision (s17(2)); absent otherwise
 */
public record ClockEvent(Type type, LocalDate date, Optional<LocalDate> newDueDate) {

    public enum Type {
        /** The authority asks what exactly is wanted; the clock stops (FOIA s1(3), EIR reg 9). */
        CLARIFICATION_REQUESTED("Clarification requested"),
        /** A fresh 20 working days run from this day (FOIA s1(3), EIR reg 9, FOISA s1(3)). */
        CLARIFICATION_PROVIDED("Clarification provided"),
        /** From this day up to the payment the clock stands still (FOIA s9, s10(2)). */
        FEE_NOTICE("Fees notice"),
        FEE_PAID("Fee paid"),
        /** FOIA public interest extension, or EIR/EISR extension for complex and voluminous requests. */
        EXTENSION("Extension"),
        RESPONSE_RECEIVED("Response received");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ClockEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(newDueDate, "newDueDate");
        if (newDueDate.isPresent() && type != Type.EXTENSION) {
            throw new IllegalArgumentException("Only an extension carries a new due date, not " + type.label());
        }
    }

    public static ClockEvent clarificationRequested(LocalDate date) {
        return new ClockEvent(Type.CLARIFICATION_REQUESTED, date, Optional.empty());
    }

    public static ClockEvent clarificationProvided(LocalDate date) {
        return new ClockEvent(Type.CLARIFICATION_PROVIDED, date, Optional.empty());
    }

    public static ClockEvent feeNotice(LocalDate date) {
        return new ClockEvent(Type.FEE_NOTICE, date, Optional.empty());
    }

    public static ClockEvent feePaid(LocalDate date) {
        return new ClockEvent(Type.FEE_PAID, date, Optional.empty());
    }

    /** A FOIA public interest extension to the date the authority gave. */
    public static ClockEvent extension(LocalDate date, LocalDate newDueDate) {
        return new ClockEvent(Type.EXTENSION, date, Optional.of(newDueDate));
    }

    /** An EIR or EISR extension, which always runs to 40 working days (EIR reg 7). */
    public static ClockEvent extension(LocalDate date) {
        return new ClockEvent(Type.EXTENSION, date, Optional.empty());
    }

    public static ClockEvent responseReceived(LocalDate date) {
        return new ClockEvent(Type.RESPONSE_RECEIVED, date, Optional.empty());
    }

    public String describe() {
        return type.label() + " on " + DateText.of(date);
    }
}
