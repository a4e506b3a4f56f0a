package org.answerable.timeline;

import java.time.LocalDate;

/**
 * One deadline of one request, as the dashboard and calendar feed show it.
 *
 * @param what what is due, in the user's words ("Response due", "Review window closes")
 * @param longOverdueAfter when lateness becomes serious (40 working days for responses); may be null
 */
public record UpcomingDeadline(Long requestId, String requestTitle, String authorityName, String what,
        LocalDate date, LocalDate longOverdueAfter) {
}
