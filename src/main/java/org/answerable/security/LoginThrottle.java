package org.answerable.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one username within
 * {@code window}, that username is refused for {@code window} after the last of them, even with
 * the right password. A successful login starts the count again. Attempts refused while locked
 * are recorded but do not extend the lock, so a user locked out by someone else gets back in.
 */
@Service
class LoginThrottle {

    static final String THROTTLED = "THROTTLED";

    private final LoginAttemptRepository attempts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(LoginAttemptRepository attempts, Clock clock,
            @Value("${answerable.login.max-failures:5}") int maxFailures,
            @Value("${answerable.login.lockout:15m}") Duration window) {
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        return lockedUntil(username, Instant.now(clock));
    }

    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username, Instant now) {
        List<LoginAttempt> recent = attempts.findByUsernameKeyAndAttemptedAtAfterOrderByAttemptedAtDescIdDesc(
                LoginAttempt.keyOf(username), now.minus(window));
        List<LoginAttempt> failuresSinceSuccess = recent.stream()
                .takeWhile(a -> !a.isSuccess())
                .filter(a -> !THROTTLED.equals(a.getFailureReason()))
                .toList();
        if (failuresSinceSuccess.size() < maxFailures) {
            return Optional.empty();
        }
        Instant until = failuresSinceSuccess.getFirst().getAttemptedAt().plus(window);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    @Transactional
    public void record(String username, boolean success, String failureReason, String remoteAddress) {
        attempts.save(new LoginAttempt(username, success, failureReason, Instant.now(clock), remoteAddress));
    }
}
