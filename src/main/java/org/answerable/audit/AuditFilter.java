package org.answerable.audit;

import java.time.LocalDate;

/** The audit log's filters; null means "any". */
public record AuditFilter(Long teamId, String username, String entityType, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
