package org.answerable.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.answerable.base.ConcurrentEditException;
import org.answerable.inbox.IncomingMail;
import org.answerable.inbox.InboxService;
import org.answerable.security.CurrentUser;

/**
 * Mail the rules could not file: a member files each on the request it belongs to, or dismisses
 * it. Its text is shown as text only; nothing from a mail is rendered as HTML.
 */
@Route("inbox")
@PageTitle("Inbox · Answerable")
@Menu(order = 12, title = "Inbox")
@PermitAll
class InboxView extends Main {

    final Paragraph status = new Paragraph();
    final Button checkNow = new Button("Check mail now");
    final Div waiting = new Div();
    private final InboxService inbox;
    private final boolean canEdit;

    InboxView(InboxService inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.canEdit = currentUser.require().canEdit();
        addClassName("view");
        status.setId("mailbox-status");
        checkNow.setId("check-mail");
        checkNow.setVisible(canEdit);
        checkNow.addClickListener(e -> {
            Notification.show(inbox.checkNow(), 8000, Notification.Position.TOP_CENTER);
            render();
        });
        waiting.setId("inbox-mail");
        HorizontalLayout heading = new HorizontalLayout(new H2("Inbox"), checkNow);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(heading, status, waiting);
        render();
    }

    private void render() {
        status.setText(inbox.lastCheck().map(check -> "Mailbox last read " + WhenText.of(check.getLastCheckedAt())
                + (check.getLastProblem() == null ? "." : ". Problem: " + check.getLastProblem()))
                .orElse("The mailbox has not been read yet. An administrator sets it up under Mail settings."));
        waiting.removeAll();
        List<IncomingMail> mails = inbox.waiting();
        if (mails.isEmpty()) {
            waiting.add(new Paragraph("Nothing is waiting: every message read so far was filed on its request."));
        }
        mails.forEach(mail -> waiting.add(card(mail)));
    }

    private Div card(IncomingMail mail) {
        Div card = new Div();
        card.addClassName("letter");
        card.addClassName("inbox-mail");
        card.add(new H4(mail.getSubject() == null || mail.getSubject().isBlank() ? "(no subject)" : mail.getSubject()));
        card.add(new Paragraph("From " + mail.sender() + " · " + WhenText.of(mail.getSentAt() == null
                ? mail.getReceivedAt() : mail.getSentAt()) + (mail.getKind() == null ? "" : " · " + mail.getKind().label())));
        Paragraph reason = new Paragraph("Why it is here: " + mail.getInboxReason());
        reason.addClassName("inbox-reason");
        card.add(reason);
        if (mail.getBodyText() != null) {
            Pre text = new Pre(mail.getBodyText());
            text.addClassName("request-text");
            card.add(new Details("Text of the message", text));
        }
        if (canEdit) {
            Button file = new Button("File on a request…", e -> new AssignDialog(inbox, mail, this::render).open());
            file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            file.addClassName("assign-mail");
            Button dismiss = new Button("Dismiss", e -> {
                try {
                    inbox.dismiss(mail.getId(), mail.getVersion());
                    Notification.show("Dismissed").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (ConcurrentEditException changed) {
                    Notification.show(changed.getMessage(), 8000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                render();
            });
            dismiss.addClassName("dismiss-mail");
            card.add(new HorizontalLayout(file, dismiss));
        }
        return card;
    }
}
