package org.answerable.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Optional;
import org.answerable.account.AccountService;
import org.answerable.account.AppUser;
import org.answerable.account.ui.ChangePasswordView;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Checks the signed-in account on every navigation, not only at login: a user disabled since they
 * logged in is signed out, and a user holding a temporary password can go nowhere but the page
 * where they choose their own.
 */
@Component
class AccountGuard implements VaadinServiceInitListener {

    private final AccountService accounts;

    AccountGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return;
        }
        Optional<AppUser> user = accounts.findByUsername(auth.getName());
        if (user.isEmpty() || !user.get().isEnabled()) {
            signOut();
            event.forwardTo("login", QueryParameters.simple(Map.of(LoginView.DISABLED, "")));
        } else if (user.get().isMustChangePassword() && event.getNavigationTarget() != ChangePasswordView.class) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }

    /** Forgets the login kept in the session, so the next request is anonymous. */
    private static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        SecurityContextHolder.clearContext();
    }
}
