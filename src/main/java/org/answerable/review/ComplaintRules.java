package org.answerable.review;

import java.time.LocalDate;
import org.answerable.base.InvalidInputException;

/** The order the steps of a complaint must follow: each date on or after the one before, none in the future. */
final class ComplaintRules {

    private ComplaintRules() {
    }

    static void validate(ComplaintDraft d, LocalDate reviewOutcome, LocalDate today) {
        notFuture(d.dateSent(), today, "dateSent");
        notFuture(d.decisionNoticeDate(), today, "decisionNoticeDate");
        notFuture(d.appealLodged(), today, "appealLodged");
        notFuture(d.appealOutcomeDate(), today, "appealOutcomeDate");
        order(d.dateSent(), reviewOutcome, "dateSent", "The complaint cannot be sent before the review outcome");
        order(d.decisionNoticeDate(), d.dateSent(), "decisionNoticeDate",
                "The decision notice cannot come before the complaint was sent");
        if (d.decisionNoticeDate() != null && d.dateSent() == null) {
            throw new InvalidInputException("dateSent", "Enter when you sent the complaint");
        }
        order(d.stepsDueBy(), d.decisionNoticeDate(), "stepsDueBy", "The steps cannot be due before the decision notice");
        order(d.appealLodged(), d.decisionNoticeDate(), "appealLodged",
                "An appeal cannot be lodged before the decision notice");
        if (d.appealLodged() != null && d.decisionNoticeDate() == null) {
            throw new InvalidInputException("decisionNoticeDate", "Enter the date of the decision notice you appealed");
        }
        order(d.appealOutcomeDate(), d.appealLodged(), "appealOutcomeDate",
                "The appeal cannot be decided before it was lodged");
        tooLong(d.caseReference(), CommissionerComplaint.REFERENCE_MAX_LENGTH, "caseReference");
        tooLong(d.decisionNoticeReference(), CommissionerComplaint.REFERENCE_MAX_LENGTH, "decisionNoticeReference");
        tooLong(d.stepsRequired(), CommissionerComplaint.STEPS_MAX_LENGTH, "stepsRequired");
    }

    private static void notFuture(LocalDate date, LocalDate today, String field) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidInputException(field, "This date is in the future");
        }
    }

    private static void order(LocalDate date, LocalDate earliest, String field, String message) {
        if (date != null && earliest != null && date.isBefore(earliest)) {
            throw new InvalidInputException(field, message);
        }
    }

    private static void tooLong(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "This is longer than " + max + " characters");
        }
    }
}
