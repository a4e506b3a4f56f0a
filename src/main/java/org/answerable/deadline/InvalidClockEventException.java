package org.answerable.deadline;

/** A request's events cannot have happened as recorded; the message says why, for the user. */
public class InvalidClockEventException extends RuntimeException {

    private final ClockEvent event;

    public InvalidClockEventException(ClockEvent event, String message) {
        super(message);
        this.event = event;
    }

    /** The event that does not fit. */
    public ClockEvent event() {
        return event;
    }
}
