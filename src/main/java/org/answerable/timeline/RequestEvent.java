package org.answerable.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.answerable.audit.Audited;
import org.answerable.deadline.ClockEvent;
import org.answerable.deadline.DateText;

/** One dated step on a request's timeline. */
@Entity
@Table(name = "request_event")
public class RequestEvent implements Audited {

    public static final int NOTE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private TimelineEventType type;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(name = "new_due_date")
    private LocalDate newDueDate;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected RequestEvent() {
    }

    RequestEvent(Long teamId, Long requestId, EventDraft draft, Long createdBy) {
        this.teamId = teamId;
        this.requestId = requestId;
        this.type = draft.type();
        this.date = draft.date();
        this.newDueDate = draft.newDueDate();
        this.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().trim();
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** The event as the deadline rules see it, if it moves the clock at all. */
    Optional<ClockEvent> toClockEvent() {
        return type.clockEffect().map(effect -> new ClockEvent(effect, date, Optional.ofNullable(newDueDate)));
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public TimelineEventType getType() { return type; }
    public LocalDate getDate() { return date; }
    public LocalDate getNewDueDate() { return newDueDate; }
    public String getNote() { return note; }
    public long getVersion() { return version; }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return requestId; }
    @Override public String auditLabel() { return "timeline event '" + type.label() + ", " + DateText.of(date) + "'"; }
}
