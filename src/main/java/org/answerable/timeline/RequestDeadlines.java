package org.answerable.timeline;

import java.util.ArrayList;
import java.util.List;
import org.answerable.deadline.ClockReading;
import org.answerable.request.FoiRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dates of one request's clock as calendar entries (the per-request .ics download). */
@Service
public class RequestDeadlines {

    private final TimelineService timelines;

    RequestDeadlines(TimelineService timelines) {
        this.timelines = timelines;
    }

    @Transactional(readOnly = true)
    public List<UpcomingDeadline> of(Long requestId) {
        Timeline timeline = timelines.timelineOf(requestId);
        FoiRequest r = timeline.request();
        List<UpcomingDeadline> result = new ArrayList<>();
        timeline.clock().ifPresent(reading -> add(result, r, reading));
        return result;
    }

    private static void add(List<UpcomingDeadline> result, FoiRequest r, ClockReading reading) {
        String authority = r.getAuthority().displayName();
        reading.responseDue().ifPresent(d -> result.add(
                new UpcomingDeadline(r.getId(), r.getTitle(), authority, "Response due", d, null)));
        reading.longOverdueAfter().ifPresent(d -> result.add(
                new UpcomingDeadline(r.getId(), r.getTitle(), authority, "Long overdue after", d, null)));
        reading.lastDayToPayFee().ifPresent(d -> result.add(
                new UpcomingDeadline(r.getId(), r.getTitle(), authority, "Last day to pay the fee", d, null)));
    }
}
