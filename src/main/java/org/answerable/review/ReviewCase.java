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
}
