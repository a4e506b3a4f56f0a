package org.answerable.review;

import java.time.LocalDate;

/** A complaint as entered; {@code version} is the one the user loaded (0 for a new complaint). */
public record ComplaintDraft(LocalDate dateSent, String caseReference, String decisionNoticeReference,
        LocalDate decisionNoticeDate, ComplaintOutcome outcome, String stepsRequired, LocalDate stepsDueBy,
        LocalDate appealLodged, AppealOutcome appealOutcome, LocalDate appealOutcomeDate, long version) {
}
