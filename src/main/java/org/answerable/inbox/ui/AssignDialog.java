package org.answerable.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.inbox.IncomingMail;
import org.answerable.inbox.InboxService;
import org.answerable.request.FoiRequest;

/** Files one message from the Inbox on a request found by its title or its authority. */
class AssignDialog extends Dialog {

    final ComboBox<FoiRequest> request = new ComboBox<>("Request");
    final Button file = new Button("File it here");

    AssignDialog(InboxService inbox, IncomingMail mail, Runnable onDone) {
        setHeaderTitle("File \"" + (mail.getSubject() == null ? "(no subject)" : mail.getSubject()) + "\"");
        request.setPlaceholder("Type a title or an authority");
        request.setWidthFull();
        request.setItems(query -> inbox.requestChoices(query.getFilter().orElse(""))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        request.setItemLabelGenerator(r -> r.getTitle() + " · " + r.getAuthority().displayName());
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.addClickListener(e -> {
            if (request.getValue() == null) {
                request.setInvalid(true);
                request.setErrorMessage("Choose the request this message answers");
                return;
            }
            try {
                inbox.assign(mail.getId(), mail.getVersion(), request.getValue().getId());
                Notification.show("Filed on \"" + request.getValue().getTitle() + "\"")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onDone.run();
            } catch (InvalidInputException | ConcurrentEditException problem) {
                request.setInvalid(true);
                request.setErrorMessage(problem.getMessage());
            }
        });
        add(request);
        getFooter().add(new Button("Cancel", e -> close()), file);
        setWidth("min(40rem, 96vw)");
    }
}
