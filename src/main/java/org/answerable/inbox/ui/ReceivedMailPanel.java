package org.answerable.inbox.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.ui.DatePickers;
import org.answerable.inbox.IncomingMail;
import org.answerable.inbox.InboxService;
import org.answerable.inbox.MailFiling;
import org.answerable.inbox.MailKind;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;

/**
 * The mail filed on a request: bounces shown as "not delivered", automatic replies as kept but not
 * a response, and each letter's guessed kind waiting for a person to confirm it.
 */
class ReceivedMailPanel extends Composite<VerticalLayout> {

    ReceivedMailPanel(InboxService inbox, FoiRequest request, boolean canEdit) {
        getContent().setPadding(false);
        getContent().setId("received-mail");
        List<MailFiling> filed = inbox.filedOn(request.getId());
        getContent().setVisible(!filed.isEmpty());
        if (filed.isEmpty()) {
            return;
        }
        getContent().add(new H3("Email received"));
        filed.forEach(filing -> getContent().add(entry(inbox, request, filing, canEdit)));
    }

    private static Div entry(InboxService inbox, FoiRequest request, MailFiling filing, boolean canEdit) {
        IncomingMail mail = filing.getMail();
        Div box = new Div();
        box.addClassName("received-mail");
        Span badge = new Span(mail.getKind().label());
        badge.getElement().getThemeList().add(mail.getKind() == MailKind.BOUNCE ? "badge error" : "badge");
        badge.addClassName("mail-kind");
        box.add(new Paragraph(badge, new Span(" " + WhenText.of(mail.getSentAt() == null ? mail.getReceivedAt()
                : mail.getSentAt()) + " · " + mail.sender() + " · " + (mail.getSubject() == null ? "" : mail.getSubject()))));
        box.add(new Paragraph(switch (mail.getKind()) {
            case BOUNCE -> "Not delivered: the mail server returned the request. Check the authority's email address "
                    + "and send it again; until it arrives, the authority's clock has not started.";
            case AUTOMATIC_REPLY -> "An automatic reply. Kept here, but it is not a response.";
            case LETTER -> "Filed as a letter below (" + filing.getRule().label().toLowerCase() + ").";
        }));
        if (filing.getNote() != null) {
            Paragraph note = new Paragraph(filing.getNote());
            note.addClassName("mail-note");
            box.add(note);
        }
        if (canEdit && filing.getReplyId() != null && !filing.isTypeConfirmed() && mail.getGuessedType() != null) {
            box.add(confirmation(inbox, request, filing));
        }
        String reference = mail.getFoundReference();
        if (canEdit && reference != null && !reference.equalsIgnoreCase(request.getAuthorityReference())) {
            Button use = new Button("Record " + reference + " as the authority's reference", e -> act(() ->
                    inbox.useReference(request.getId(), reference), "Reference recorded"));
            use.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            use.addClassName("use-reference");
            box.add(use);
        }
        return box;
    }

    private static HorizontalLayout confirmation(InboxService inbox, FoiRequest request, MailFiling filing) {
        Select<ReplyType> type = new Select<>();
        type.setLabel("Kind of letter (guessed from its words: please confirm)");
        type.setItems(ReplyType.values());
        type.setItemLabelGenerator(ReplyType::label);
        type.setValue(filing.getMail().getGuessedType());
        type.addClassName("confirm-type");
        DatePicker newDue = DatePickers.of("New date given for the decision");
        newDue.setVisible(false);
        type.addValueChangeListener(e -> newDue.setVisible(e.getValue() == ReplyType.EXTENSION_NOTICE
                && request.getRegime() == org.answerable.authority.Regime.FOIA));
        Button confirm = new Button("Confirm", e -> act(() -> inbox.confirmType(filing.getId(), type.getValue(),
                newDue.isVisible() ? newDue.getValue() : null), "Kind of letter confirmed"));
        confirm.addClassName("confirm-type-button");
        HorizontalLayout row = new HorizontalLayout(type, newDue, confirm);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    private static void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().refreshCurrentRoute(false);
        } catch (InvalidInputException | ConcurrentEditException problem) {
            Notification.show(problem.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
