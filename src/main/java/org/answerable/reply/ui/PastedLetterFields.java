package org.answerable.reply.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import org.answerable.base.ui.DatePickers;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;

/**
 * The paste assistant's letter: what kind, when it arrived and its reference, saved with the
 * answers. Text taken from an attachment shows the letter that attachment came with, unchangeable here.
 */
class PastedLetterFields extends FormLayout {

    final Select<ReplyType> type = new Select<>();
    final DatePicker dateReceived = DatePickers.of("Date received");
    final TextField reference = new TextField("Authority's reference");
    private final String requestReference;

    PastedLetterFields(FoiRequest request) {
        requestReference = request.getAuthorityReference() == null ? "" : request.getAuthorityReference();
        type.setLabel("Kind of letter");
        type.setItems(Arrays.stream(ReplyType.values()).filter(ReplyType::carriesAnswers).toList());
        type.setItemLabelGenerator(ReplyType::label);
        dateReceived.setMax(LocalDate.now());
        dateReceived.setRequiredIndicatorVisible(true);
        reference.setMaxLength(Reply.REFERENCE_MAX_LENGTH);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 3));
        add(type, dateReceived, reference);
        typedLetter();
    }

    /** A pasted letter: the user says what it is. */
    void typedLetter() {
        type.setValue(ReplyType.RESPONSE);
        dateReceived.setValue(LocalDate.now());
        reference.setValue(requestReference);
        setReadOnly(false);
        dateReceived.setHelperText(null);
    }

    /** Text from an attachment: its letter is on file already, with these details. */
    void recordedLetter(Reply letter) {
        type.setValue(letter.getType());
        dateReceived.setValue(letter.getDateReceived());
        reference.setValue(letter.getAuthorityReference() == null ? "" : letter.getAuthorityReference());
        setReadOnly(true);
        dateReceived.setHelperText("As recorded with the attachment's letter");
    }

    ReplyDraft toDraft(String letterText) {
        return new ReplyDraft(type.getValue(), dateReceived.getValue(), reference.getValue(), letterText, null);
    }

    /** Marks the field a refused save names; false when the problem is not about the letter. */
    boolean showProblem(String field, String message) {
        HasValidation invalid = switch (field) {
            case "type" -> type;
            case "dateReceived" -> dateReceived;
            case "authorityReference" -> reference;
            default -> null;
        };
        if (invalid == null) {
            return false;
        }
        invalid.setErrorMessage(message);
        invalid.setInvalid(true);
        return true;
    }

    void clearProblems() {
        type.setInvalid(false);
        dateReceived.setInvalid(false);
        reference.setInvalid(false);
    }

    private void setReadOnly(boolean readOnly) {
        type.setReadOnly(readOnly);
        dateReceived.setReadOnly(readOnly);
        reference.setReadOnly(readOnly);
    }
}
