package org.answerable.audit;

/**
 * Marks an entity whose every change is kept in its team's history: who created, changed or
 * deleted it, when, and each changed field's old and new value. Implementing it is all an entity
 * needs; {@link AuditListener} does the recording, whichever service makes the change.
 */
public interface Audited {

    /** The team whose history this belongs to. */
    Long teamId();

    /** The request this belongs to, so the request page can show the change; null for team data outside any request. */
    Long requestId();

    /** How the history names this record ("question 2", "the request"); by default the kind of record. */
    default String auditLabel() {
        return ChangeText.kindOf(getClass());
    }
}
