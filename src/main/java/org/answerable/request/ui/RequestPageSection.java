package org.answerable.request.ui;

import com.vaadin.flow.component.Component;
import org.answerable.request.FoiRequest;

/**
 * A part of the request page contributed by another feature (the timeline, replies, reviews), so
 * the request feature does not depend on them. Implementations are Spring beans; {@link #create}
 * builds a new component for each page.
 */
public interface RequestPageSection {

    /** Sections ordered below this come at the top of the page, above the request's own details. */
    int TOP = 5;

    /** Lower numbers come first. */
    int order();

    Component create(FoiRequest request, boolean canEdit);
}
