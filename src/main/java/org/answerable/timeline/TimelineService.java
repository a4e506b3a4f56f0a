package org.answerable.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.answerable.account.SignedInUser;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.deadline.ClockEvent;
import org.answerable.deadline.ClockReading;
import org.answerable.deadline.DateText;
import org.answerable.deadline.HolidaysUnknownException;
import org.answerable.deadline.InvalidClockEventException;
import org.answerable.deadline.RequestClock;
import org.answerable.deadline.holidays.HolidayService;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestSaved;
import org.answerable.request.RequestService;
import org.answerable.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records what happened to a request and keeps its statutory clock up to date. */
@Service
public class TimelineService {

    private static final Comparator<RequestEvent> CHRONOLOGICAL =
            Comparator.comparing(RequestEvent::getDate).thenComparing(e -> e.getId() == null ? Long.MAX_VALUE : e.getId());

    private final RequestEventRepository events;
    private final RequestService requests;
    private final HolidayService holidays;
    private final CurrentUser currentUser;
    private final Clock clock;

    TimelineService(RequestEventRepository events, RequestService requests, HolidayService holidays,
            CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.requests = requests;
        this.holidays = holidays;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Timeline timelineOf(Long requestId) {
        FoiRequest request = requests.get(requestId);
        List<RequestEvent> recorded = eventsOf(request);
        try {
            Optional<ClockReading> reading = clockOf(request, recorded).map(c -> c.readingOn(LocalDate.now(clock)));
            return new Timeline(request, recorded, reading,
                    reading.isPresent() ? Optional.empty() : Optional.of("The clock starts once the request is sent."));
        } catch (HolidaysUnknownException | InvalidClockEventException e) {
            return new Timeline(request, recorded, Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    @Transactional
    public RequestEvent record(Long requestId, EventDraft draft) {
        SignedInUser user = currentUser.requireEditor();
        FoiRequest request = requests.get(requestId);
        validate(request, draft);
        RequestEvent event = new RequestEvent(user.teamId(), requestId, draft, user.userId());
        List<RequestEvent> after = new ArrayList<>(eventsOf(request));
        after.add(event);
        after.sort(CHRONOLOGICAL);
        checkClockAccepts(request, after);
        RequestEvent saved = events.save(event);
        if (draft.type() == TimelineEventType.CLOSED) {
            requests.close(requestId, request.getVersion());
        }
        refreshClock(request, after);
        return saved;
    }

    /**
     * Why this event could not be recorded (its date, or a clock that refuses it), without
     * recording anything or failing the caller's transaction; empty when it would be accepted.
     */
    @Transactional(readOnly = true)
    public Optional<String> problemWith(Long requestId, EventDraft draft) {
        FoiRequest request = requests.get(requestId);
        try {
            validate(request, draft);
            List<RequestEvent> after = new ArrayList<>(eventsOf(request));
            after.add(new RequestEvent(request.getTeamId(), requestId, draft, null));
            after.sort(CHRONOLOGICAL);
            checkClockAccepts(request, after);
            return Optional.empty();
        } catch (InvalidInputException problem) {
            return Optional.of(problem.getMessage());
        }
    }

    @Transactional
    public void remove(Long requestId, Long eventId) {
        currentUser.requireEditor();
        FoiRequest request = requests.get(requestId);
        RequestEvent event = events.findByIdAndRequestIdAndTeamId(eventId, requestId, currentUser.teamId())
                .orElseThrow(() -> new NotFoundException("timeline event"));
        List<RequestEvent> after = new ArrayList<>(eventsOf(request));
        after.removeIf(e -> e.getId().equals(eventId));
        checkClockAccepts(request, after);
        events.delete(event);
        if (event.getType() == TimelineEventType.CLOSED && after.stream().noneMatch(e -> e.getType() == TimelineEventType.CLOSED)) {
            request = requests.reopen(requestId, request.getVersion());
        }
        refreshClock(request, after);
    }

    /** A request's dates changed: its due dates may have too. */
    @EventListener
    void onRequestSaved(RequestSaved saved) {
        FoiRequest request = requests.get(saved.requestId());
        refreshClock(request, eventsOf(request));
    }

    private void refreshClock(FoiRequest request, List<RequestEvent> recorded) {
        LocalDate firstReply = recorded.stream().filter(e -> e.getType() == TimelineEventType.REPLY_RECEIVED)
                .map(RequestEvent::getDate).min(Comparator.naturalOrder()).orElse(null);
        Optional<RequestClock> requestClock;
        try {
            requestClock = clockOf(request, recorded);
        } catch (HolidaysUnknownException | InvalidClockEventException e) {
            requestClock = Optional.empty();
        }
        requests.recordClock(request.getId(),
                requestClock.flatMap(RequestClock::responseDue).orElse(null),
                requestClock.flatMap(RequestClock::longOverdueAfter).orElse(null),
                firstReply);
    }

    private Optional<RequestClock> clockOf(FoiRequest request, List<RequestEvent> recorded) {
        if (request.getDateReceived() == null) {
            return Optional.empty();
        }
        List<ClockEvent> clockEvents = recorded.stream().map(RequestEvent::toClockEvent).flatMap(Optional::stream).toList();
        return Optional.of(new RequestClock(holidays.calendar(request.getRegime()), request.getRegime(),
                request.getDateReceived(), isSchool(request), clockEvents));
    }

    private void checkClockAccepts(FoiRequest request, List<RequestEvent> recorded) {
        try {
            clockOf(request, recorded);
        } catch (InvalidClockEventException e) {
            throw new InvalidInputException("type", e.getMessage());
        } catch (HolidaysUnknownException e) {
            // the event itself is fine; the clock just can't be computed yet, and the page says so
        }
    }

    private void validate(FoiRequest request, EventDraft draft) {
        if (draft.type() == null) {
            throw new InvalidInputException("type", "Choose what happened");
        }
        if (draft.date() == null) {
            throw new InvalidInputException("date", "Enter the date it happened");
        }
        if (draft.date().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("date", "The date can't be in the future");
        }
        if (request.getDateSent() == null) {
            throw new InvalidInputException("date", "Enter the date the request was sent first (Edit the request)");
        }
        if (draft.date().isBefore(request.getDateSent())) {
            throw new InvalidInputException("date", "The request was sent on " + DateText.of(request.getDateSent())
                    + "; \"" + draft.type().label().toLowerCase(Locale.ROOT) + "\" can't come before that");
        }
        if (draft.note() != null && draft.note().length() > RequestEvent.NOTE_MAX_LENGTH) {
            throw new InvalidInputException("note", "Keep the note under " + RequestEvent.NOTE_MAX_LENGTH + " characters");
        }
    }

    private List<RequestEvent> eventsOf(FoiRequest request) {
        return events.findByRequestIdAndTeamIdOrderByDateAscIdAsc(request.getId(), request.getTeamId());
    }

    /** Schools get 60 working days before "long overdue" (FOI_RULES §1.7). */
    private static boolean isSchool(FoiRequest request) {
        String type = request.getAuthority().getAuthorityType();
        return type != null && type.toLowerCase(Locale.ROOT).contains("school");
    }
}
