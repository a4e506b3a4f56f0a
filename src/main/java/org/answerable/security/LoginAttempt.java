package org.answerable.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** One try at logging in. Never holds the password, right or wrong. */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

    static final int USERNAME_MAX_LENGTH = 100;
    static final int ADDRESS_MAX_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = USERNAME_MAX_LENGTH, updatable = false)
    private String username;

    @Column(name = "username_key", nullable = false, length = USERNAME_MAX_LENGTH, updatable = false)
    private String usernameKey;

    @Column(nullable = false, updatable = false)
    private boolean success;

    @Column(name = "failure_reason", length = 30, updatable = false)
    private String failureReason;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "remote_address", length = ADDRESS_MAX_LENGTH, updatable = false)
    private String remoteAddress;

    protected LoginAttempt() {
    }

    LoginAttempt(String username, boolean success, String failureReason, Instant attemptedAt, String remoteAddress) {
        this.username = cut(username == null ? "" : username, USERNAME_MAX_LENGTH);
        this.usernameKey = keyOf(username);
        this.success = success;
        this.failureReason = failureReason;
        this.attemptedAt = attemptedAt;
        this.remoteAddress = remoteAddress == null ? null : cut(remoteAddress, ADDRESS_MAX_LENGTH);
    }

    /** Attempts for "Alice" and " alice" count against the same name. */
    static String keyOf(String username) {
        return cut(username == null ? "" : username.strip().toLowerCase(Locale.ROOT), USERNAME_MAX_LENGTH);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    String getUsername() { return username; }
    boolean isSuccess() { return success; }
    String getFailureReason() { return failureReason; }
    Instant getAttemptedAt() { return attemptedAt; }
    String getRemoteAddress() { return remoteAddress; }
}
