package org.answerable.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.answerable.base.InvalidInputException;
import org.answerable.base.ui.DatePickers;
import org.answerable.deadline.DateText;
import org.answerable.reply.letter.Reply;
import org.answerable.request.FoiRequest;
import org.answerable.review.InternalReview;
import org.answerable.review.LateChallenge;
import org.answerable.review.ReviewDraft;
import org.answerable.review.ReviewService;

/** Pick the answers to challenge and the grounds; the app drafts the letter, the user edits and saves it. */
class AskReviewDialog extends Dialog {

    static final String NOTHING_TICKED = "Nothing to draft yet: tick at least one answer to challenge above, "
            + "and give a ground for it";
    static final String NO_ANSWERS = "Nothing to draft yet: no answers are recorded for this request. "
            + "Record the response's answers first, then challenge them here";
    private static final String NOT_SENT_YET = "Leave empty if you have not sent it yet";

    final Select<Reply> response = new Select<>();
    final DatePicker responseReceived = DatePickers.of("Date you received the response");
    final List<ChallengeRow> rows;
    final Span challengeError = new Span();
    final Button draft = new Button("Draft the letter");
    final TextArea letter = new TextArea("Review letter");
    final DatePicker dateSent = DatePickers.of("Date you sent it");
    final Button save = new Button("Save the review");

    private final ReviewService reviews;
    private final FoiRequest request;

    AskReviewDialog(ReviewService reviews, FoiRequest request, Runnable onSaved) {
        this.reviews = reviews;
        this.request = request;
        setHeaderTitle("Ask " + request.getAuthority().displayName() + " for an internal review");
        setWidth("min(60rem, 95vw)");
        List<Reply> responses = reviews.responsesTo(request.getId());
        response.setLabel("The response you are challenging");
        response.setItems(responses);
        response.setItemLabelGenerator(r -> r == null ? "Not recorded as a letter" : DateText.of(r.getDateReceived())
                + (r.getAuthorityReference() == null ? "" : " · " + r.getAuthorityReference()));
        response.setEmptySelectionAllowed(true);
        response.setEmptySelectionCaption("Not recorded as a letter");
        response.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                responseReceived.setValue(e.getValue().getDateReceived());
            }
        });
        responseReceived.setMax(LocalDate.now());
        if (!responses.isEmpty()) {
            response.setValue(responses.getLast());
        }
        rows = reviews.challengeableAnswers(request.getId()).stream().map(ChallengeRow::new).toList();
        challengeError.addClassName("field-error");
        letter.setWidthFull();
        letter.setMinHeight("16rem");
        letter.setMaxLength(InternalReview.LETTER_MAX_LENGTH);
        letter.setHelperText("Edit the draft as you like before saving. Copy it or download it from the request page.");
        dateSent.setMax(LocalDate.now());
        dateSent.setHelperText(NOT_SENT_YET);
        dateSent.addValueChangeListener(e -> warnIfLate());
        responseReceived.addValueChangeListener(e -> warnIfLate());
        draft.addClickListener(e -> draftLetter());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(onSaved));
        add(response, responseReceived, new Paragraph("Which answers do you want reviewed, and why?"));
        rows.forEach(this::add);
        add(challengeError, draft, letter, dateSent);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private List<ReviewDraft.Challenge> challenges() {
        return rows.stream().filter(ChallengeRow::isChallenged).map(ChallengeRow::toChallenge).toList();
    }

    private void draftLetter() {
        clearErrors();
        if (challenges().isEmpty()) {
            letter.setErrorMessage(rows.isEmpty() ? NO_ANSWERS : NOTHING_TICKED);
            letter.setInvalid(true);
            return;
        }
        try {
            letter.setValue(reviews.draftLetter(request.getId(), responseReceived.getValue(), challenges()));
        } catch (InvalidInputException problem) {
            show(problem);
        }
    }

    private void save(Runnable onSaved) {
        clearErrors();
        if (letter.isEmpty()) {
            draftLetter();
            if (letter.isEmpty()) {
                return;
            }
        }
        try {
            reviews.ask(request.getId(), new ReviewDraft(response.getValue() == null ? null : response.getValue().getId(),
                    responseReceived.getValue(), challenges(), letter.getValue(), dateSent.getValue()));
            Notification.show("Internal review saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        } catch (InvalidInputException problem) {
            show(problem);
        }
    }

    /** Before saving: a review asked for after its window may be refused. */
    private void warnIfLate() {
        Optional<String> late = reviews.reviewWindow(request.getId(), responseReceived.getValue())
                .flatMap(window -> LateChallenge.reviewAsked(window, dateSent.getValue()));
        LateWarning.show(dateSent, late, NOT_SENT_YET);
    }

    private void show(InvalidInputException problem) {
        HasValidation field = switch (problem.field()) {
            case "responseReceived" -> responseReceived;
            case "dateSent" -> dateSent;
            case "letterText" -> letter;
            default -> null;
        };
        if (field == null) {
            challengeError.setText(problem.getMessage());
            return;
        }
        field.setErrorMessage(problem.getMessage());
        field.setInvalid(true);
    }

    private void clearErrors() {
        responseReceived.setInvalid(false);
        dateSent.setInvalid(false);
        letter.setInvalid(false);
        challengeError.setText("");
    }
}
