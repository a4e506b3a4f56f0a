package org.answerable.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every login success and failure from Spring Security's authentication events, in the
 * database only: usernames and addresses are personal data and stay out of the application log.
 */
@Component
class LoginAttemptRecorder {

    private final LoginThrottle throttle;

    LoginAttemptRecorder(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        throttle.record(auth.getName(), true, null, remoteAddressOf(auth));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        throttle.record(auth.getName(), false, reason(event.getException()), remoteAddressOf(auth));
    }

    private static String reason(Exception e) {
        return switch (e) {
            case LoginThrottledException ignored -> LoginThrottle.THROTTLED;
            case BadCredentialsException ignored -> "BAD_CREDENTIALS";
            case DisabledException ignored -> "DISABLED";
            default -> "OTHER";
        };
    }

    private static String remoteAddressOf(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
