package org.answerable.audit;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes one history row on the connection of the change it describes, so both commit or roll
 * back together. Plain JDBC: Hibernate is in the middle of flushing and must not be asked to
 * persist anything else now.
 */
@Component
class AuditWriter {

    /** Who a change is attributed to when no one is signed in: start-up jobs and imports. */
    static final String SYSTEM = "system";
    private static final String INSERT = """
            insert into audit_entry (team_id, entity_type, entity_id, entity_label, request_id, action, changes,
                                     username, changed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Clock clock;

    AuditWriter(Clock clock) {
        this.clock = clock;
    }

    void write(SharedSessionContractImplementor session, Audited record, Object id, AuditAction action,
            List<FieldChange> changes) {
        Instant now = Instant.now(clock);
        String username = currentUsername();
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setLong(1, record.teamId());
                insert.setString(2, record.getClass().getSimpleName());
                insert.setLong(3, ((Number) id).longValue());
                insert.setString(4, limit(record.auditLabel(), AuditEntry.LABEL_MAX_LENGTH));
                if (record.requestId() == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, record.requestId());
                }
                insert.setString(6, action.name());
                insert.setString(7, changes.isEmpty() ? null : ChangesJson.write(changes));
                insert.setString(8, limit(username, AuditEntry.USERNAME_MAX_LENGTH));
                insert.setObject(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.executeUpdate();
            }
        });
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null
                ? SYSTEM : auth.getName();
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
