package org.answerable.timeline;

import java.time.LocalDate;
import org.answerable.request.RequestLabel;

/**
 * One deadline of one request, as the dashboard and calendar feed show it.
 *
 * @param what what is due, in the user's words ("Response due", "Review window closes")
 * @param longOverdueAfter when lateness becomes serious (40 working days for responses); may be null
 * @param window true for the last day the campaigner may act (complain, appeal), rather than a day
 *     the authority must act by
 */
public record UpcomingDeadline(Long requestId, String requestTitle, String authorityName, String what,
        LocalDate date, LocalDate longOverdueAfter, boolean window) {

    /** A date the authority must meet. */
    public UpcomingDeadline(Long requestId, String requestTitle, String authorityName, String what, LocalDate date,
            LocalDate longOverdueAfter) {
        this(requestId, requestTitle, authorityName, what, date, longOverdueAfter, false);
    }

    /** "title — authority": a campaign's requests share their title. */
    public String requestLabel() {
        return RequestLabel.of(requestTitle, authorityName);
    }
}
