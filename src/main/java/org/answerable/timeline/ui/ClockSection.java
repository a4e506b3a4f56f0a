package org.answerable.timeline.ui;

import com.vaadin.flow.component.Component;
import org.answerable.request.FoiRequest;
import org.answerable.request.ui.RequestPageSection;
import org.answerable.timeline.TimelineService;

/** Puts the clock and the next deadline at the top of every request page: what a campaigner looks for first. */
@org.springframework.stereotype.Component
class ClockSection implements RequestPageSection {

    private final TimelineService timelines;

    ClockSection(TimelineService timelines) {
        this.timelines = timelines;
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        return new TimelinePanel(timelines, request.getId(), canEdit, TimelinePanel.Part.CLOCK);
    }
}
