package org.answerable.reply.letter;

import java.util.Optional;
import org.answerable.timeline.TimelineEventType;

/** The kinds of letter an authority sends; most of them also move the request's clock. */
public enum ReplyType {
    ACKNOWLEDGEMENT("Acknowledgement", TimelineEventType.ACKNOWLEDGED),
    CLARIFICATION_REQUEST("Request for clarification", TimelineEventType.CLARIFICATION_REQUESTED),
    FEE_NOTICE("Fees notice", TimelineEventType.FEE_NOTICE),
    EXTENSION_NOTICE("Extension notice", TimelineEventType.EXTENSION),
    RESPONSE("Response (full, partial or refusal notice)", TimelineEventType.REPLY_RECEIVED),
    INTERNAL_REVIEW_RESPONSE("Internal review response", null),
    OTHER("Other letter", null);

    private final String label;
    private final TimelineEventType timelineEvent;

    ReplyType(String label, TimelineEventType timelineEvent) {
        this.label = label;
        this.timelineEvent = timelineEvent;
    }

    public String label() {
        return label;
    }

    public Optional<TimelineEventType> timelineEvent() {
        return Optional.ofNullable(timelineEvent);
    }

    /** Letters that answer the questions, so the paste assistant is offered for them. */
    public boolean carriesAnswers() {
        return this == RESPONSE || this == INTERNAL_REVIEW_RESPONSE;
    }
}
