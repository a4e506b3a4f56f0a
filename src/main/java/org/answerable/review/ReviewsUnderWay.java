package org.answerable.review;

import java.util.Set;
import org.answerable.request.OpenChallenges;
import org.answerable.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the requests feature which requests are "In review": a review asked for and not yet decided. */
@Component
class ReviewsUnderWay implements OpenChallenges {

    private final InternalReviewRepository reviews;
    private final CurrentUser currentUser;

    ReviewsUnderWay(InternalReviewRepository reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> requestsUnderReview() {
        return Set.copyOf(reviews.requestsWithOpenReview(currentUser.teamId()));
    }
}
