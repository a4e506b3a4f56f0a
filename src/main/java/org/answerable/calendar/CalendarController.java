package org.answerable.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.answerable.base.NotFoundException;
import org.answerable.security.CurrentUser;
import org.answerable.timeline.DeadlineBoardService;
import org.answerable.timeline.RequestDeadlines;
import org.answerable.timeline.UpcomingDeadline;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Serves deadlines as .ics: a subscribed feed per user, and a one-off download per request. */
@RestController
class CalendarController {

    /** A feed shows overdue deadlines and those up to a year ahead. */
    private static final int FEED_DAYS_AHEAD = 366;

    private final CalendarFeedService feeds;
    private final CurrentUser currentUser;
    private final DeadlineBoardService boards;
    private final RequestDeadlines requestDeadlines;
    private final Clock clock;

    CalendarController(CalendarFeedService feeds, CurrentUser currentUser, DeadlineBoardService boards,
            RequestDeadlines requestDeadlines, Clock clock) {
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.boards = boards;
        this.requestDeadlines = requestDeadlines;
        this.clock = clock;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        // Read as the feed's owner in the team the feed was made for, whichever team they use now.
        return feeds.ownerOf(token)
                .flatMap(owner -> currentUser.callAs(owner.userId(), owner.teamId(),
                        () -> boards.deadlinesUpTo(LocalDate.now(clock).plusDays(FEED_DAYS_AHEAD))))
                .map(this::ics)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body("This calendar link is not valid any more."));
    }

    /** For the signed-in user's own team only: another team's id is simply not found. */
    @GetMapping("/calendar/request/{id}.ics")
    ResponseEntity<String> request(@PathVariable Long id) {
        return ics(requestDeadlines.of(id));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(e.getMessage());
    }

    private ResponseEntity<String> ics(List<UpcomingDeadline> deadlines) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString();
        return ResponseEntity.ok()
                .header("Content-Type", IcsCalendar.CONTENT_TYPE)
                .header("Content-Disposition", "inline; filename=\"answerable-deadlines.ics\"")
                .body(IcsCalendar.of(deadlines, base));
    }
}
