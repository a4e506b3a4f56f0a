package org.answerable.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login page after a refused attempt. A throttled attempt gets its own address, and
 * the refusal is kept in the session (as Spring Security does for every failure), so the page can
 * say until when the username is locked.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String FAILED_LOGIN_URL = "/login?error";
    static final String THROTTLED_LOGIN_URL = "/login?locked";

    LoginFailureHandler() {
        super(FAILED_LOGIN_URL);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof LoginThrottledException) {
            saveException(request, exception);
            getRedirectStrategy().sendRedirect(request, response, THROTTLED_LOGIN_URL);
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
