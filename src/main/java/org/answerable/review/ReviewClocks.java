package org.answerable.review;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.answerable.authority.Regime;
import org.answerable.deadline.ChallengeClocks;
import org.answerable.deadline.ChallengeDeadline;
import org.answerable.deadline.HolidaysUnknownException;

/**
 * Every time limit of one challenge, as far as it has got: the window to ask, the review's due
 * date (the extended one when a FOIA authority said it needs longer), the window to complain and
 * the window to appeal. Working-day dates are empty where the bank holidays are unknown (a
 * historical request).
 */
public record ReviewClocks(Optional<ChallengeDeadline> reviewRequestBy, Optional<ChallengeDeadline> reviewDue,
        ReviewState state, Optional<ChallengeDeadline> commissionerComplaintBy, Optional<ChallengeDeadline> appealBy) {

    static ReviewClocks of(ChallengeClocks clocks, Regime regime, InternalReview review,
            Optional<CommissionerComplaint> complaint, LocalDate today) {
        Optional<ChallengeDeadline> due = Optional.ofNullable(review.getDateSent())
                .flatMap(sent -> counted(() -> dueDate(clocks, regime, sent, review.isExtended())));
        ReviewState state = ReviewState.of(review.getDateSent(), due.map(ChallengeDeadline::date).orElse(null),
                review.getOutcomeDate(), today);
        return new ReviewClocks(counted(() -> clocks.reviewRequestBy(regime, review.getResponseReceived())), due, state,
                Optional.ofNullable(review.getOutcomeDate()).map(d -> clocks.commissionerComplaintBy(regime, d)),
                complaint.map(CommissionerComplaint::getDecisionNoticeDate).map(d -> clocks.appealBy(regime, d)));
    }

    private static Optional<ChallengeDeadline> counted(Supplier<ChallengeDeadline> deadline) {
        try {
            return Optional.of(deadline.get());
        } catch (HolidaysUnknownException e) {
            return Optional.empty();
        }
    }

    static ChallengeDeadline dueDate(ChallengeClocks clocks, Regime regime, LocalDate sent, boolean extended) {
        if (extended) {
            return clocks.reviewExtendedDue(regime, sent).orElseGet(() -> clocks.reviewDue(regime, sent));
        }
        return clocks.reviewDue(regime, sent);
    }
}
