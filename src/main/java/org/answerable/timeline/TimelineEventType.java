package org.answerable.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.answerable.deadline.ClockEvent;

/** The dated steps of a request's life a user records; some of them move the statutory clock. */
public enum TimelineEventType {
    /** Recorded by the app when it sends the request itself; not offered for recording by hand. */
    SENT_BY_EMAIL("Sent by email", null),
    ACKNOWLEDGED("Acknowledged by the authority", null),
    CLARIFICATION_REQUESTED("Authority asked for clarification", ClockEvent.Type.CLARIFICATION_REQUESTED),
    CLARIFICATION_PROVIDED("Clarification sent", ClockEvent.Type.CLARIFICATION_PROVIDED),
    FEE_NOTICE("Fees notice received", ClockEvent.Type.FEE_NOTICE),
    FEE_PAID("Fee paid", ClockEvent.Type.FEE_PAID),
    EXTENSION("Extension notified", ClockEvent.Type.EXTENSION),
    REPLY_RECEIVED("Reply received", ClockEvent.Type.RESPONSE_RECEIVED),
    CLOSED("Closed", null);

    private final String label;
    private final ClockEvent.Type clockEffect;

    TimelineEventType(String label, ClockEvent.Type clockEffect) {
        this.label = label;
        this.clockEffect = clockEffect;
    }

    public String label() {
        return label;
    }

    /** What a user may record by hand; the app's own records (a letter it sent) are left out. */
    public static List<TimelineEventType> recordable() {
        return Arrays.stream(values()).filter(type -> type != SENT_BY_EMAIL).toList();
    }

    public Optional<ClockEvent.Type> clockEffect() {
        return Optional.ofNullable(clockEffect);
    }
}
