package org.answerable.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.answerable.authority.Regime;

/**
 * A request's response clock: when the reply is due, when it is long overdue, and where the
 * request stands on a given day, after the events recorded so far (FOI_RULES §1.1-1.7, §2, §4).
 * <p>
 * The events are checked when the clock is built: one that could not have happened (a reply
 * before the request, a payment without a fees notice, a FOISA extension) throws
 * {@link InvalidClockEventException} with a message for the user.
 */
public final class RequestClock {

    private final DeadlineCalculator calculator;
    private final ClockRules rules;
    private final LocalDate received;
    private final List<ClockEvent> events;
    private final ClockReading afterAllEvents;

    /**
     * @param calendar the calendar for {@code regime}, see {@link WorkingDayCalendar#forRegime}
     * @param school the authority is a school, so long overdue comes after 60 working days (§1.7)
     * @param events in the order they happened
     */
    public RequestClock(WorkingDayCalendar calendar, Regime regime, LocalDate received, boolean school,
            List<ClockEvent> events) {
        if (!calendar.jurisdictions().equals(Jurisdiction.countedFor(regime))) {
            throw new IllegalArgumentException("A " + regime + " clock needs the calendar of "
                    + Jurisdiction.countedFor(regime) + ", not " + calendar.jurisdictions());
        }
        this.calculator = new DeadlineCalculator(calendar);
        this.rules = new ClockRules(regime, school);
        this.received = Objects.requireNonNull(received, "received");
        this.events = List.copyOf(events);
        LocalDate lastEvent = this.events.isEmpty() ? received : this.events.getLast().date();
        this.afterAllEvents = readingOn(lastEvent.isAfter(received) ? lastEvent : received, this.events);
    }

    /** The last day for a reply; empty while the clock is stopped (clarification, unpaid fee). */
    public Optional<LocalDate> responseDue() {
        return afterAllEvents.responseDue();
    }

    /** 40 working days after the clock started, 60 for schools; empty while it is stopped. */
    public Optional<LocalDate> longOverdueAfter() {
        return afterAllEvents.longOverdueAfter();
    }

    /** Doubts about the recorded events, e.g. an extension beyond 40 working days. */
    public List<String> warnings() {
        return afterAllEvents.warnings();
    }

    public ClockState stateOn(LocalDate today) {
        return readingOn(today).state();
    }

    /** The clock as it stood at the end of {@code today}, counting only events up to that day. */
    public ClockReading readingOn(LocalDate today) {
        return readingOn(today, events.stream().filter(e -> !e.date().isAfter(today)).toList());
    }

    private ClockReading readingOn(LocalDate today, List<ClockEvent> happened) {
        ClockReplay replay = new ClockReplay(calculator, rules, received);
        happened.forEach(replay::apply);
        return replay.read(today);
    }
}
