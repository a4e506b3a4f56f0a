package org.answerable.timeline.ui;

import com.vaadin.flow.component.Component;
import org.answerable.request.FoiRequest;
import org.answerable.request.ui.RequestPageSection;
import org.answerable.timeline.TimelineService;

/** Puts the timeline of dated events on every request page, below the answers (the clock is {@link ClockSection}). */
@org.springframework.stereotype.Component
class TimelineSection implements RequestPageSection {

    private final TimelineService timelines;

    TimelineSection(TimelineService timelines) {
        this.timelines = timelines;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        return new TimelinePanel(timelines, request.getId(), canEdit, TimelinePanel.Part.EVENTS);
    }
}
