package org.answerable.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.stream.Collectors;
import org.answerable.deadline.ChallengeDeadline;
import org.answerable.deadline.DateText;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.review.InternalReview;
import org.answerable.review.ReviewCase;
import org.answerable.review.ReviewChallenge;
import org.answerable.review.ReviewGround;
import org.answerable.review.ReviewService;

/** One internal review: its clocks, the challenged answers, the letter, the outcome and any complaint. */
class ReviewCard extends Div {

    ReviewCard(ReviewService reviews, FoiRequest request, ReviewCase c, boolean canEdit, Runnable refresh) {
        InternalReview review = c.review();
        addClassName("review-card");
        setId("review-" + review.getId());
        add(new H4("Internal review of the response of " + DateText.of(review.getResponseReceived())));
        Span state = new Span(c.clocks().state().label());
        state.setId("review-state");
        add(new Paragraph(new Span("Status: "), state));
        c.clocks().reviewRequestBy().ifPresent(d -> add(dated("Ask for the review by ", d, "review-window")));
        LateWarning.line(c.reviewAskedLate(), "review-late").ifPresent(line -> add(new Paragraph(line)));
        c.clocks().reviewDue().ifPresent(due -> add(dated(review.isExtended() ? "Extended review due by "
                : "Review due by ", due, "review-due")));
        UnorderedList challenged = new UnorderedList();
        review.getChallenges().forEach(ch -> challenged.add(challenge(request, c, ch)));
        add(challenged);
        add(new LetterBox(reviews, c, canEdit, refresh));
        if (review.getDateSent() != null && (canEdit || review.getOutcomeDate() != null)) {
            add(new ReviewOutcomeForm(reviews, c, canEdit, refresh));
        }
        if (review.getOutcomeDate() != null) {
            add(new ComplaintForm(reviews, c, canEdit, refresh));
        }
    }

    static Paragraph dated(String prefix, ChallengeDeadline deadline, String id) {
        Span date = new Span(DateText.of(deadline.date()) + (deadline.unverified() ? " (unverified)" : ""));
        date.setId(id);
        Paragraph line = new Paragraph(new Span(prefix), date);
        line.setTitle(deadline.explain());
        return line;
    }

    private static ListItem challenge(FoiRequest request, ReviewCase c, ReviewChallenge ch) {
        Question question = c.questionsByAnswer().get(ch.getAnswerId());
        String label = question == null ? "A question" : "Question " + question.getLabel() + ": " + question.getText();
        String grounds = ch.getGrounds().stream().map(ReviewGround::label).collect(Collectors.joining(", "));
        if (ch.getGroundsText() != null) {
            grounds = grounds.isEmpty() ? ch.getGroundsText() : grounds + "; " + ch.getGroundsText();
        }
        ListItem item = new ListItem(new Span(label), new Span(" — grounds: " + grounds));
        if (ch.getOutcome() != null) {
            Span outcome = new Span(" — " + ch.getOutcome().label());
            outcome.addClassName("review-outcome");
            item.add(outcome);
            if (ch.getOutcome().changesTheAnswer() && question != null) {
                // The answer editor lives with the answers on this page; record the released information there.
                item.add(new Anchor("requests/" + request.getId() + "#question-" + question.getId(),
                        " Record the new answer"));
            }
        }
        return item;
    }
}
