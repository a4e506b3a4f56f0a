package org.answerable.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.answerable.security.LoginThrottledException;
import org.answerable.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/** What the login page says after a refused attempt; LoginThrottlingTest covers how the refusal comes about. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void a_throttled_username_is_told_until_when_in_uk_time() {
        Instant until = LocalDateTime.of(2025, 7, 21, 14, 5).atZone(ZoneId.of("Europe/London")).toInstant();
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException(until));

        LoginView page = openLogin("locked");

        assertThat(page.login.isError()).isTrue();
        assertThat(errorText(page)).contains("Too many failed attempts for this username. Try again after 14:05.");
    }

    @Test
    void a_wrong_password_gets_the_usual_message_without_saying_which_part_was_wrong() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));

        LoginView page = openLogin("error");

        assertThat(page.login.isError()).isTrue();
        assertThat(errorText(page)).contains("Check your username and password").doesNotContain("Too many");
    }

    @Test
    void a_fresh_login_page_shows_no_error() {
        LoginView page = navigate("login", LoginView.class);

        assertThat(page.login.isError()).isFalse();
    }

    private LoginView openLogin(String parameter) {
        UI.getCurrent().navigate("login", QueryParameters.of(parameter, ""));
        return (LoginView) getCurrentView();
    }

    private static String errorText(LoginView page) {
        return String.valueOf(page.login.getElement().getPropertyRaw("i18n"));
    }
}
