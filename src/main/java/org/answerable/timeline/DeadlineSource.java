package org.answerable.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature that has deadlines to show on the dashboard and in calendar feeds. Responses are one
 * source; reviews and complaints add theirs as further beans.
 */
public interface DeadlineSource {

    /** The signed-in team's open deadlines falling on or before {@code horizon}, overdue ones included. */
    List<UpcomingDeadline> deadlinesUpTo(LocalDate horizon);
}
