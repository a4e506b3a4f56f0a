package org.answerable.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.answerable.account.SignedInUser;
import org.answerable.security.CurrentUser;

/**
 * A signed-in user opened a page their role does not allow (a viewer's "/requests/new", a
 * member's "/admin/users"). Vaadin's own answer is a bare "Could not navigate"; this one stays in
 * the main layout, with the menu, and says why. Anonymous visitors never get here: they are sent
 * to the login page first.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUser currentUser;

    AccessDeniedView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("view");
        setId("access-denied");
        add(new H2("You can't do that here"), new Paragraph(reason()),
                new Paragraph("If you need it, ask an administrator of your team to change your role."),
                new Anchor("requests", "Back to requests"));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    private String reason() {
        SignedInUser user = currentUser.require();
        if (!user.canEdit()) {
            return "Your account can read your team's requests, replies and deadlines but not add or change them, "
                    + "and this page is for making changes.";
        }
        return "This page is for administrators: it manages accounts, teams and settings for everyone.";
    }
}
