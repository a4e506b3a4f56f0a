package org.answerable.review;

import java.time.LocalDate;
import java.util.List;
import org.answerable.timeline.DeadlineSource;
import org.answerable.timeline.UpcomingDeadline;
import org.springframework.stereotype.Component;

/** Puts review windows, review due dates, complaint and appeal windows on the dashboard and calendar files. */
@Component
class ReviewDeadlineSource implements DeadlineSource {

    private final ReviewService reviews;

    ReviewDeadlineSource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<UpcomingDeadline> deadlinesUpTo(LocalDate horizon) {
        return reviews.deadlinesUpTo(horizon);
    }

    @Override
    public List<UpcomingDeadline> deadlinesOf(Long requestId) {
        return reviews.deadlinesOf(requestId);
    }
}
