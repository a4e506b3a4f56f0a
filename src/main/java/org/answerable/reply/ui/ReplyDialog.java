package org.answerable.reply.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.answerable.authority.Regime;
import org.answerable.base.InvalidInputException;
import org.answerable.base.ui.DatePickers;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;

/** Records one letter from the authority; stays open with the text as typed if it is refused. */
class ReplyDialog extends Dialog {

    final Select<ReplyType> type = new Select<>();
    final DatePicker dateReceived = DatePickers.of("Date received");
    final TextField reference = new TextField("Authority's reference");
    final DatePicker newDueDate = DatePickers.of("New date given for the decision");
    final TextArea letterText = new TextArea("Letter text");
    final Button save = new Button("Save letter");

    ReplyDialog(ReplyService replies, FoiRequest request, Consumer<Reply> onSaved) {
        setHeaderTitle("Record a letter from " + request.getAuthority().displayName());
        type.setLabel("Kind of letter");
        type.setItems(ReplyType.values());
        type.setItemLabelGenerator(ReplyType::label);
        type.setValue(ReplyType.RESPONSE);
        type.addValueChangeListener(e -> newDueDate.setVisible(
                e.getValue() == ReplyType.EXTENSION_NOTICE && request.getRegime() == Regime.FOIA));
        dateReceived.setValue(LocalDate.now());
        dateReceived.setMax(LocalDate.now());
        reference.setMaxLength(Reply.REFERENCE_MAX_LENGTH);
        reference.setValue(request.getAuthorityReference() == null ? "" : request.getAuthorityReference());
        newDueDate.setVisible(false);
        letterText.setWidthFull();
        letterText.setMinHeight("12em");
        letterText.setHelperText("Paste the letter; attach files after saving");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            type.setInvalid(false);
            dateReceived.setInvalid(false);
            try {
                Reply saved = replies.record(request.getId(), new ReplyDraft(type.getValue(), dateReceived.getValue(),
                        reference.getValue(), letterText.getValue(), newDueDate.isVisible() ? newDueDate.getValue() : null));
                Notification.show("Letter saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.accept(saved);
            } catch (InvalidInputException problem) {
                HasValidation field = switch (problem.field()) {
                    case "dateReceived", "date" -> dateReceived;
                    case "authorityReference" -> reference;
                    case "letterText", "note" -> letterText;
                    default -> type;
                };
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            }
        });
        FormLayout form = new FormLayout(type, dateReceived, reference, newDueDate, letterText);
        form.setColspan(letterText, 2);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(50rem, 95vw)");
    }
}
