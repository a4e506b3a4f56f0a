package org.answerable.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.ui.DatePickers;
import org.answerable.review.AppealOutcome;
import org.answerable.review.CommissionerComplaint;
import org.answerable.review.ComplaintDraft;
import org.answerable.review.ComplaintOutcome;
import org.answerable.review.LateChallenge;
import org.answerable.review.ReviewCase;
import org.answerable.review.ReviewService;

/** The complaint to the Commissioner after the review, its decision notice, and any appeal. */
class ComplaintForm extends Div {

    final DatePicker dateSent = DatePickers.of("Date complaint sent");
    final TextField caseReference = new TextField("Case reference");
    final TextField noticeReference = new TextField("Decision notice reference");
    final DatePicker noticeDate = DatePickers.of("Decision notice date");
    final Select<ComplaintOutcome> outcome = new Select<>();
    final TextArea steps = new TextArea("Steps the authority must take");
    final DatePicker stepsDueBy = DatePickers.of("Steps due by");
    final DatePicker appealLodged = DatePickers.of("Appeal lodged");
    final Select<AppealOutcome> appealOutcome = new Select<>();
    final DatePicker appealOutcomeDate = DatePickers.of("Appeal decided");
    final Button save = new Button("Save complaint");

    ComplaintForm(ReviewService reviews, ReviewCase c, boolean canEdit, Runnable refresh) {
        Optional<CommissionerComplaint> existing = c.complaint();
        add(new H4("Complaint to the " + c.commissioner().displayName()));
        c.clocks().commissionerComplaintBy().ifPresent(d -> add(ReviewCard.dated("Complain by ", d, "complaint-window")));
        c.clocks().appealBy().ifPresent(d -> add(ReviewCard.dated("Appeal to the " + c.commissioner().appealBody()
                + " by ", d, "appeal-by")));
        LateWarning.line(c.complaintSentLate(), "complaint-late").ifPresent(line -> add(new Paragraph(line)));
        LateWarning.line(c.appealLodgedLate(), "appeal-late").ifPresent(line -> add(new Paragraph(line)));
        outcome.setLabel("Decision");
        outcome.setItems(ComplaintOutcome.values());
        outcome.setItemLabelGenerator(ComplaintOutcome::label);
        appealOutcome.setLabel("Appeal outcome");
        appealOutcome.setItems(AppealOutcome.values());
        appealOutcome.setItemLabelGenerator(AppealOutcome::label);
        caseReference.setMaxLength(CommissionerComplaint.REFERENCE_MAX_LENGTH);
        noticeReference.setMaxLength(CommissionerComplaint.REFERENCE_MAX_LENGTH);
        steps.setMaxLength(CommissionerComplaint.STEPS_MAX_LENGTH);
        existing.ifPresent(this::show);
        FormLayout form = new FormLayout(dateSent, caseReference, noticeReference, noticeDate, outcome, steps,
                stepsDueBy, appealLodged, appealOutcome, appealOutcomeDate);
        form.getChildren().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(!canEdit));
        add(form);
        if (!canEdit) {
            return;
        }
        long version = existing.map(CommissionerComplaint::getVersion).orElse(0L);
        save.setId("save-complaint");
        save.addClickListener(e -> {
            form.getChildren().forEach(f -> ((HasValidation) f).setInvalid(false));
            try {
                reviews.saveComplaint(c.review().getId(), new ComplaintDraft(dateSent.getValue(),
                        caseReference.getValue(), noticeReference.getValue(), noticeDate.getValue(), outcome.getValue(),
                        steps.getValue(), stepsDueBy.getValue(), appealLodged.getValue(), appealOutcome.getValue(),
                        appealOutcomeDate.getValue(), version));
                Notification.show("Complaint saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh.run();
            } catch (InvalidInputException problem) {
                HasValidation field = switch (problem.field()) {
                    case "caseReference" -> caseReference;
                    case "decisionNoticeReference" -> noticeReference;
                    case "decisionNoticeDate" -> noticeDate;
                    case "stepsRequired" -> steps;
                    case "stepsDueBy" -> stepsDueBy;
                    case "appealLodged" -> appealLodged;
                    case "appealOutcomeDate" -> appealOutcomeDate;
                    default -> dateSent;
                };
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            } catch (ConcurrentEditException conflict) {
                Notification.show(conflict.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(save);
        // Before saving: a step after its window may be refused.
        dateSent.addValueChangeListener(e -> LateWarning.show(dateSent, c.clocks().commissionerComplaintBy()
                .flatMap(window -> LateChallenge.complaintSent(window, dateSent.getValue(), c.commissioner())), null));
        HasValue.ValueChangeListener<HasValue.ValueChangeEvent<LocalDate>> appeal = e -> LateWarning.show(appealLodged,
                reviews.appealWindow(c.regime(), noticeDate.getValue())
                        .flatMap(window -> LateChallenge.appealLodged(window, appealLodged.getValue(), c.commissioner())),
                null);
        noticeDate.addValueChangeListener(appeal);
        appealLodged.addValueChangeListener(appeal);
        LocalDate today = LocalDate.now();
        dateSent.setMax(today);
        noticeDate.setMax(today);
    }

    private void show(CommissionerComplaint complaint) {
        dateSent.setValue(complaint.getDateSent());
        caseReference.setValue(orEmpty(complaint.getCaseReference()));
        noticeReference.setValue(orEmpty(complaint.getDecisionNoticeReference()));
        noticeDate.setValue(complaint.getDecisionNoticeDate());
        outcome.setValue(complaint.getOutcome());
        steps.setValue(orEmpty(complaint.getStepsRequired()));
        stepsDueBy.setValue(complaint.getStepsDueBy());
        appealLodged.setValue(complaint.getAppealLodged());
        appealOutcome.setValue(complaint.getAppealOutcome());
        appealOutcomeDate.setValue(complaint.getAppealOutcomeDate());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
