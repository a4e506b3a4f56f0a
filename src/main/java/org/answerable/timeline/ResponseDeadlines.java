package org.answerable.timeline;

import java.time.LocalDate;
import java.util.List;
import org.answerable.request.RequestService;
import org.springframework.stereotype.Component;

/** The statutory response dates of requests still awaiting a reply. */
@Component
class ResponseDeadlines implements DeadlineSource {

    private final RequestService requests;

    ResponseDeadlines(RequestService requests) {
        this.requests = requests;
    }

    @Override
    public List<UpcomingDeadline> deadlinesUpTo(LocalDate horizon) {
        return requests.awaitingResponseDueBy(horizon).stream()
                .map(r -> new UpcomingDeadline(r.getId(), r.getTitle(), r.getAuthority().displayName(),
                        "Response due", r.getResponseDue(), r.getLongOverdueAfter()))
                .toList();
    }
}
