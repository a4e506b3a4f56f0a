package org.answerable.timeline;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One request's deadlines as calendar entries (the per-request .ics download), from the same
 * sources as the team's feed.
 */
@Service
public class RequestDeadlines {

    private final List<DeadlineSource> sources;

    RequestDeadlines(List<DeadlineSource> sources) {
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public List<UpcomingDeadline> of(Long requestId) {
        return sources.stream().flatMap(s -> s.deadlinesOf(requestId).stream()).toList();
    }
}
