package org.answerable.review;

import java.time.LocalDate;
import java.util.Optional;
import org.answerable.authority.Regime;
import org.answerable.deadline.ChallengeClocks;
import org.answerable.deadline.ChallengeDeadline;

/**
 * Every time limit of one challenge, as far as it has got: the window to ask, the review's due
 * date (the extended one when a FOIA authority said it needs longer), the window to complain and
 * the window to appeal.
 */
public record ReviewClocks(ChallengeDeadline reviewRequestBy, Optional<ChallengeDeadline> reviewDue,
        ReviewState state, Optional<ChallengeDeadline> commissionerComplaintBy, Optional<ChallengeDeadline> appealBy) {

    static ReviewClocks of(ChallengeClocks clocks, Regime regime, InternalReview review,
            Optional<CommissionerComplaint> complaint, LocalDate today) {
        Optional<ChallengeDeadline> due = Optional.ofNullable(review.getDateSent()).map(sent -> dueDate(clocks, regime, sent,
                review.isExtended()));
        ReviewState state = ReviewState.of(review.getDateSent(), due.map(ChallengeDeadline::date).orElse(null),
                review.getOutcomeDate(), today);
        return new ReviewClocks(clocks.reviewRequestBy(regime, review.getResponseReceived()), due, state,
                Optional.ofNullable(review.getOutcomeDate()).map(d -> clocks.commissionerComplaintBy(regime, d)),
                complaint.map(CommissionerComplaint::getDecisionNoticeDate).map(d -> clocks.appealBy(regime, d)));
    }

    static ChallengeDeadline dueDate(ChallengeClocks clocks, Regime regime, LocalDate sent, boolean extended) {
        if (extended) {
            return clocks.reviewExtendedDue(regime, sent).orElseGet(() -> clocks.reviewDue(regime, sent));
        }
        return clocks.reviewDue(regime, sent);
    }
}
