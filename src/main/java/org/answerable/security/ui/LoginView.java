package org.answerable.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.answerable.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Answerable")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    /** Query parameter set when a signed-in account was found disabled (see AccountGuard). */
    static final String DISABLED = "disabled";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London"));

    final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, ?> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            explain("Too many failed attempts", lockedUntil()
                    .map(until -> "Too many failed attempts for this username. Try again after " + TIME.format(until) + ".")
                    .orElse("Too many failed attempts for this username. Try again in 15 minutes."));
        } else if (parameters.containsKey(DISABLED)) {
            explain("Signed out", "This account has been disabled. Ask an administrator if you need it again.");
        } else {
            explain("That did not work", "Check your username and password and try again.");
        }
        login.setError(parameters.containsKey("locked") || parameters.containsKey(DISABLED)
                || parameters.containsKey("error"));
    }

    private void explain(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Answerable");
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        login.setI18n(i18n);
    }

    /** Spring Security keeps the last refusal in the session; only a throttle refusal knows a time. */
    private static Optional<Instant> lockedUntil() {
        VaadinSession session = VaadinSession.getCurrent();
        Object refusal = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return refusal instanceof LoginThrottledException throttled ? Optional.of(throttled.lockedUntil()) : Optional.empty();
    }
}
