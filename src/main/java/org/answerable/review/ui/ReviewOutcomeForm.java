package org.answerable.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.ui.DatePickers;
import org.answerable.request.Question;
import org.answerable.review.ChallengeOutcome;
import org.answerable.review.InternalReview;
import org.answerable.review.ReviewCase;
import org.answerable.review.ReviewChallenge;
import org.answerable.review.ReviewService;

/** What the review decided, answer by answer, and when. */
class ReviewOutcomeForm extends Div {

    final Map<Long, Select<ChallengeOutcome>> outcomes = new LinkedHashMap<>();
    final DatePicker outcomeDate = DatePickers.of("Date of the review decision");
    final Span outcomeError = new Span();
    final Button save = new Button("Record review outcome");

    ReviewOutcomeForm(ReviewService reviews, ReviewCase c, boolean canEdit, Runnable refresh) {
        InternalReview review = c.review();
        for (ReviewChallenge ch : review.getChallenges()) {
            Question q = c.questionsByAnswer().get(ch.getAnswerId());
            Select<ChallengeOutcome> select = new Select<>();
            select.setLabel("Review decision on question " + (q == null ? "" : q.getLabel()));
            select.setItems(ChallengeOutcome.values());
            select.setItemLabelGenerator(ChallengeOutcome::label);
            select.setValue(ch.getOutcome());
            select.setReadOnly(!canEdit);
            outcomes.put(ch.getId(), select);
            add(select);
        }
        outcomeDate.setValue(review.getOutcomeDate());
        outcomeDate.setMax(LocalDate.now());
        outcomeDate.setReadOnly(!canEdit);
        outcomeError.addClassName("field-error");
        add(outcomeDate, outcomeError);
        if (!canEdit) {
            return;
        }
        save.setId("record-review-outcome");
        save.addClickListener(e -> {
            outcomeDate.setInvalid(false);
            outcomeError.setText("");
            Map<Long, ChallengeOutcome> chosen = new HashMap<>();
            outcomes.forEach((id, select) -> chosen.put(id, select.getValue()));
            try {
                reviews.recordOutcome(review.getId(), outcomeDate.getValue(), chosen, review.getVersion());
                Notification.show("Review outcome recorded").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh.run();
            } catch (InvalidInputException problem) {
                if (problem.field().equals("outcomes")) {
                    outcomeError.setText(problem.getMessage());
                } else {
                    outcomeDate.setErrorMessage(problem.getMessage());
                    outcomeDate.setInvalid(true);
                }
            } catch (ConcurrentEditException conflict) {
                Notification.show(conflict.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(save);
    }
}
