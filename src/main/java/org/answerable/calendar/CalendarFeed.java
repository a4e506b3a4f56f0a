package org.answerable.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A user's secret calendar link. Only the token's hash is kept, so a database leak reveals no link. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected CalendarFeed() {
    }

    CalendarFeed(Long teamId, Long userId, String tokenHash) {
        this.teamId = teamId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
    }

    void revoke() {
        revokedAt = Instant.now();
    }

    Long getTeamId() { return teamId; }
    Long getUserId() { return userId; }
    Instant getCreatedAt() { return createdAt; }
    boolean isActive() { return revokedAt == null; }
}
