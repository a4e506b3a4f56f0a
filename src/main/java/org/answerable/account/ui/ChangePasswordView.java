package org.answerable.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.answerable.account.MyAccountService;

/**
 * Where someone given a temporary password lands, whatever page they asked for, until they have
 * chosen their own (security.ui.AccountGuard sends them here).
 */
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PageTitle("Choose your password · Answerable")
@PermitAll
public class ChangePasswordView extends Main {

    public static final String ROUTE = "change-password";

    final ChangePasswordForm form;

    ChangePasswordView(MyAccountService account, AuthenticationContext authenticationContext) {
        addClassNames("view", "change-password-view");
        form = new ChangePasswordForm(account, () -> getUI().ifPresent(ui -> ui.navigate("")));
        Button logout = new Button("Log out", e -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2("Choose your password"),
                new Paragraph("You logged in with a temporary password. Choose a password of your own to carry on; "
                        + "nobody else, administrators included, will know it."),
                form, logout);
    }
}
