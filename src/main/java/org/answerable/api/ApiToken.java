package org.answerable.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A personal token for the JSON API, tied to its owner and to the team they had open when they made
 * it. Only the secret's hash is kept: the secret itself is shown once and never again.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

    static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(nullable = false, length = NAME_MAX_LENGTH, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    /** The last day the token works; none means until revoked. */
    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(nullable = false)
    private boolean revoked;

    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(Long teamId, Long userId, String name, String tokenHash, LocalDate expiresOn, Instant createdAt) {
        this.teamId = teamId;
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.expiresOn = expiresOn;
        this.createdAt = createdAt;
    }

    void revoke() {
        revoked = true;
    }

    boolean worksOn(LocalDate today) {
        return !revoked && (expiresOn == null || !today.isAfter(expiresOn));
    }

    Long getId() { return id; }
    Long getTeamId() { return teamId; }
    Long getUserId() { return userId; }
    String getName() { return name; }
    Instant getCreatedAt() { return createdAt; }
    Instant getLastUsedAt() { return lastUsedAt; }
    LocalDate getExpiresOn() { return expiresOn; }
    boolean isRevoked() { return revoked; }
}
