package org.answerable.deadline;

import java.time.LocalDate;
import java.util.List;

/** Checks on an authority's extension of its deadline (FOI_RULES §1.6, §2, §4). */
final class Extensions {

    private Extensions() {
    }

    /**
     * FOIA s10(3): "such time as is reasonable" to weigh the public interest, to a date the
     * authority estimates (s17(2)). The ICO treats 40 working days in all as the normal maximum.
     *
     * @return the new due date
     */
    static LocalDate publicInterest(ClockEvent event, LocalDate currentDue, LocalDate statutoryDue,
            LocalDate fortyWorkingDays, List<String> warnings) {
        LocalDate newDue = event.newDueDate().orElseThrow(() -> ClockReplay.invalid(event,
                "A public interest extension needs the date the authority gave for its decision (FOIA s17(2))."));
        if (!newDue.isAfter(currentDue)) {
            throw ClockReplay.invalid(event, "The extended date " + DateText.of(newDue)
                    + " must be later than the current due date, " + DateText.of(currentDue) + ".");
        }
        boolean firstExtension = currentDue.equals(statutoryDue);
        if (firstExtension) {
            warnIfLate(event, statutoryDue, "the refusal notice naming the exemption was due by then (FOIA s17(1))",
                    warnings);
        }
        if (newDue.isAfter(fortyWorkingDays)) {
            warnings.add("The extended date " + DateText.of(newDue) + " is beyond 40 working days ("
                    + DateText.of(fortyWorkingDays) + "), which the ICO treats as the normal maximum "
                    + "(FOI_RULES §1.6).");
        }
        return newDue;
    }

    /** EIR/EISR reg 7: one extension, always to 40 working days, for complex and voluminous requests. */
    static void complexAndVoluminous(ClockEvent event, boolean alreadyExtended, LocalDate statutoryDue,
            String source, List<String> warnings) {
        if (alreadyExtended) {
            throw ClockReplay.invalid(event, source + " allows one extension, to 40 working days, "
                    + "and the deadline was already extended.");
        }
        warnIfLate(event, statutoryDue, "the requester should be told within 20 working days (" + source
                + "; unverified, FOI_RULES §2)", warnings);
        event.newDueDate().ifPresent(ignored -> warnings.add(source + " extends the deadline to 40 working days, "
                + "so the date entered, " + DateText.of(ignored) + ", is not used."));
    }

    private static void warnIfLate(ClockEvent event, LocalDate statutoryDue, String consequence,
            List<String> warnings) {
        if (event.date().isAfter(statutoryDue)) {
            warnings.add(event.describe() + " came after the 20 working days ran out on "
                    + DateText.of(statutoryDue) + ": " + consequence + ".");
        }
    }
}
