package org.answerable.mail.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.mail.LetterDraft;
import org.answerable.mail.MailConnectionException;
import org.answerable.mail.RequestMailer;
import org.answerable.mail.SendRefusedException;
import org.answerable.mail.SentButNotRecordedException;
import org.answerable.mail.SentLetter;
import org.answerable.mail.SentMail;

/** The composed letter, for the user to read and edit before it goes; a failure keeps their edits. */
class SendRequestDialog extends Dialog {

    final TextField to = new TextField("To");
    final TextField replyTo = new TextField("Replies go to");
    final TextField subject = new TextField("Subject");
    final TextArea body = new TextArea("Letter");
    final Button send = new Button("Send");
    final Paragraph problem = new Paragraph();
    private final RequestMailer mailer;
    private final LetterDraft draft;

    private SendRequestDialog(RequestMailer mailer, LetterDraft draft) {
        this.mailer = mailer;
        this.draft = draft;
        setHeaderTitle("Send to " + draft.authorityName());
        to.setValue(draft.to());
        to.setReadOnly(true);
        replyTo.setValue(draft.replyTo() == null ? draft.from() : draft.replyTo());
        replyTo.setReadOnly(true);
        replyTo.setHelperText(draft.replyTo() == null ? "" : "This request's own address, so replies are filed by themselves");
        subject.setValue(draft.subject());
        subject.setMaxLength(SentMail.SUBJECT_MAX_LENGTH);
        subject.setHelperText("The tag [ANS-" + draft.requestId() + "] matches replies to this request; it is kept if removed");
        body.setValue(draft.body());
        body.setMaxLength(SentMail.BODY_MAX_LENGTH);
        body.setWidthFull();
        body.setMinHeight("20em");
        problem.addClassName("mail-problem");
        problem.setId("send-problem");
        problem.setVisible(false);
        FormLayout fields = new FormLayout(to, replyTo, subject, body);
        fields.setColspan(subject, 2);
        fields.setColspan(body, 2);
        add(fields, problem);
        send.setId("send-letter");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send());
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, send);
        setWidth("min(60rem, 100vw)");
    }

    /** Opens the dialog, or shows in {@code problems} why the request can't be sent (once, however often clicked). */
    static void open(RequestMailer mailer, Long requestId, HasComponents problems) {
        problems.removeAll();
        try {
            new SendRequestDialog(mailer, mailer.draft(requestId)).open();
        } catch (SendRefusedException refused) {
            problems.add(SendingProblem.of(refused));
        }
    }

    private void send() {
        problem.setVisible(false);
        try {
            SentLetter sent = mailer.send(draft.requestId(), draft.version(), subject.getValue(), body.getValue());
            close();
            Notification.show("Sent to " + sent.to() + ". The response clock starts today.", 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().refreshCurrentRoute(true);
        } catch (MailConnectionException | SendRefusedException | InvalidInputException | ConcurrentEditException e) {
            problem.setText("Not sent: " + e.getMessage());
            problem.setVisible(true);
            send.setEnabled(true);
        } catch (SentButNotRecordedException e) {
            close();
            Notification warning = new Notification();
            warning.addThemeVariants(NotificationVariant.LUMO_ERROR);
            warning.setPosition(Notification.Position.MIDDLE);
            warning.setDuration(0);
            warning.add(new Span(e.getMessage() + " "), new Button("I have noted this", click -> warning.close()));
            warning.open();
        }
    }
}
