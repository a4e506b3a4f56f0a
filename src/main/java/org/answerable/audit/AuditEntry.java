package org.answerable.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One row of a team's history, as written by {@link AuditWriter}. History is never edited. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    static final int LABEL_MAX_LENGTH = 300;
    static final int USERNAME_MAX_LENGTH = 100;

    @Id
    private Long id;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "entity_label")
    private String entityLabel;

    @Column(name = "request_id")
    private Long requestId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String changes;

    private String username;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected AuditEntry() {
    }

    Long getId() { return id; }
    Long getTeamId() { return teamId; }
    String getEntityType() { return entityType; }
    Long getEntityId() { return entityId; }
    String getEntityLabel() { return entityLabel; }
    Long getRequestId() { return requestId; }
    AuditAction getAction() { return action; }
    List<FieldChange> getChanges() { return ChangesJson.read(changes); }
    String getUsername() { return username; }
    Instant getChangedAt() { return changedAt; }
}
