package org.answerable.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Refuses a login attempt, even one with the right password, while its username is locked out. */
public class LoginThrottledException extends LockedException {

    private final Instant lockedUntil;

    public LoginThrottledException(Instant lockedUntil) {
        super("Too many failed attempts for this username");
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
