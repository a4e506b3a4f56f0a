package org.answerable.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.answerable.request.FoiRequest;
import org.answerable.review.ReviewCase;
import org.answerable.review.ReviewService;

/** The request's internal reviews and what followed them, with a way to ask for a new one. */
class ReviewsPanel extends Composite<VerticalLayout> {

    ReviewsPanel(ReviewService reviews, FoiRequest request, boolean canEdit) {
        getContent().setPadding(false);
        getContent().setId("reviews");
        HorizontalLayout heading = new HorizontalLayout(new H3("Internal reviews and complaints"));
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Runnable refresh = () -> UI.getCurrent().refreshCurrentRoute(false);
        if (canEdit && !reviews.challengeableAnswers(request.getId()).isEmpty()) {
            Button ask = new Button("Ask for an internal review",
                    e -> new AskReviewDialog(reviews, request, refresh).open());
            ask.setId("ask-review");
            heading.add(ask);
        }
        getContent().add(heading);
        List<ReviewCase> cases = reviews.reviewsOf(request.getId());
        if (cases.isEmpty()) {
            getContent().add(new Paragraph("No internal review asked for yet. Record the answers first, then "
                    + "challenge any you think are wrong."));
        }
        cases.forEach(c -> getContent().add(new ReviewCard(reviews, request, c, canEdit, refresh)));
    }
}
