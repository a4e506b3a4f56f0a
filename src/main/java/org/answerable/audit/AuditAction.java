package org.answerable.audit;

/** What happened to a record, in the words the history uses. */
public enum AuditAction {
    CREATED("created"),
    CHANGED("changed"),
    DELETED("deleted");

    private final String verb;

    AuditAction(String verb) {
        this.verb = verb;
    }

    public String verb() {
        return verb;
    }
}
