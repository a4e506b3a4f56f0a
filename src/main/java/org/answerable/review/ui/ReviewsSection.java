package org.answerable.review.ui;

import com.vaadin.flow.component.Component;
import org.answerable.request.FoiRequest;
import org.answerable.request.ui.RequestPageSection;
import org.answerable.review.ReviewService;

/** Puts internal reviews, Commissioner complaints and appeals on the request page, after the answers. */
@org.springframework.stereotype.Component
class ReviewsSection implements RequestPageSection {

    private final ReviewService reviews;

    ReviewsSection(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        return new ReviewsPanel(reviews, request, canEdit);
    }
}
