package org.answerable.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Asks the throttle before checking the password, so a locked username is refused even with the right one. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuthenticationProvider passwordCheck;

    ThrottlingAuthenticationProvider(LoginThrottle throttle, AuthenticationProvider passwordCheck) {
        this.throttle = throttle;
        this.passwordCheck = passwordCheck;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var lockedUntil = throttle.lockedUntil(authentication.getName());
        if (lockedUntil.isPresent()) {
            throw new LoginThrottledException(lockedUntil.get());
        }
        return passwordCheck.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
