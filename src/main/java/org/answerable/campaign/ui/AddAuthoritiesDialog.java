package org.answerable.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.base.InvalidInputException;
import org.answerable.base.ui.DatePickers;

/** Sends an existing campaign to more authorities. */
class AddAuthoritiesDialog extends Dialog {

    final AuthorityChooser chooser;
    final DatePicker dateSent = DatePickers.of("Date sent");

    AddAuthoritiesDialog(AuthorityService authorities, BiConsumer<List<Authority>, LocalDate> onAdd) {
        setHeaderTitle("Add authorities");
        setWidth("min(900px, 95vw)");
        chooser = new AuthorityChooser(authorities);
        dateSent.setHelperText("Leave empty if not sent yet.");
        dateSent.setMax(LocalDate.now());
        add(chooser, dateSent);
        Button add = new Button("Add to campaign", e -> {
            if (chooser.getChosen().isEmpty()) {
                chooser.showError("Choose at least one authority");
                return;
            }
            try {
                onAdd.accept(chooser.getChosen(), dateSent.getValue());
                close();
            } catch (InvalidInputException ex) {
                Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add.setId("confirm-add-authorities");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), add);
    }
}
