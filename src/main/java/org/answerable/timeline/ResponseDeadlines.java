package org.answerable.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.answerable.deadline.ClockReading;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestService;
import org.springframework.stereotype.Component;

/** The statutory response dates: of requests still awaiting a reply, and all of one request's clock. */
@Component
class ResponseDeadlines implements DeadlineSource {

    private final RequestService requests;
    private final TimelineService timelines;

    ResponseDeadlines(RequestService requests, TimelineService timelines) {
        this.requests = requests;
        this.timelines = timelines;
    }

    @Override
    public List<UpcomingDeadline> deadlinesUpTo(LocalDate horizon) {
        return requests.awaitingResponseDueBy(horizon).stream()
                .map(r -> new UpcomingDeadline(r.getId(), r.getTitle(), r.getAuthority().displayName(),
                        "Response due", r.getResponseDue(), r.getLongOverdueAfter()))
                .toList();
    }

    @Override
    public List<UpcomingDeadline> deadlinesOf(Long requestId) {
        Timeline timeline = timelines.timelineOf(requestId);
        List<UpcomingDeadline> result = new ArrayList<>();
        timeline.clock().ifPresent(reading -> add(result, timeline.request(), reading));
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
