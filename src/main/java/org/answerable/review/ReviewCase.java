package org.answerable.review;

import java.util.Map;
import java.util.Optional;
import org.answerable.authority.Regime;
import org.answerable.request.Question;

/** One internal review with its complaint, if any, its clocks as of today, and the questions it challenges by answer id. */
public record ReviewCase(InternalReview review, Optional<CommissionerComplaint> complaint, ReviewClocks clocks,
        Regime regime, Map<Long, Question> questionsByAnswer) {

    public Commissioner commissioner() {
        return Commissioner.forRegime(regime);
    }

    /** Set when the review was asked for after its window closed. */
    public Optional<String> reviewAskedLate() {
        return clocks.reviewRequestBy().flatMap(window -> LateChallenge.reviewAsked(window, review.getDateSent()));
    }

    /** Set when the complaint went after its window closed. */
    public Optional<String> complaintSentLate() {
        return complaint.flatMap(c -> clocks.commissionerComplaintBy()
                .flatMap(window -> LateChallenge.complaintSent(window, c.getDateSent(), commissioner())));
    }

    /** Set when the appeal was lodged after its window closed. */
    public Optional<String> appealLodgedLate() {
        return complaint.flatMap(c -> clocks.appealBy()
                .flatMap(window -> LateChallenge.appealLodged(window, c.getAppealLodged(), commissioner())));
    }
}
