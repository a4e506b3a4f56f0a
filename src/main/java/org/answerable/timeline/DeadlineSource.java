package org.answerable.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature that has deadlines to show on the dashboard, in calendar feeds and in a request's own
 * calendar file. Responses are one source; reviews and complaints add theirs as further beans, so
 * the team's feed and each request's file always hold the same kinds of deadline.
 */
public interface DeadlineSource {

    /** The signed-in team's open deadlines falling on or before {@code horizon}, overdue ones included. */
    List<UpcomingDeadline> deadlinesUpTo(LocalDate horizon);

    /** One of the signed-in team's requests' deadlines, however far ahead. */
    List<UpcomingDeadline> deadlinesOf(Long requestId);
}
