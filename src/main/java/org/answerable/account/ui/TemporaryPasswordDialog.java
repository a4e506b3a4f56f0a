package org.answerable.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.answerable.account.IssuedPassword;

/** Shows a temporary password once: it is stored only hashed, so nobody can look it up later. */
class TemporaryPasswordDialog extends Dialog {

    final TextField password = new TextField("Temporary password");

    TemporaryPasswordDialog(IssuedPassword issued) {
        setHeaderTitle("Temporary password for " + issued.user().getDisplayName());
        password.setValue(issued.temporaryPassword());
        password.setReadOnly(true);
        password.setWidthFull();
        password.setId("temporary-password");
        Button done = new Button("I have passed it on", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("Give this password to " + issued.user().getDisplayName() + " (username "
                        + issued.user().getUsername() + ") in person or by a separate channel. It is shown only now. "
                        + "They must choose their own password when they log in with it."),
                password);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setWidth("min(32rem, 95vw)");
    }
}
