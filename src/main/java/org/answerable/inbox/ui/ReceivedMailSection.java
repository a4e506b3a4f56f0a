package org.answerable.inbox.ui;

import com.vaadin.flow.component.Component;
import org.answerable.inbox.InboxService;
import org.answerable.request.FoiRequest;
import org.answerable.request.ui.RequestPageSection;

/** Puts what arrived by email on every request page that has any. */
@org.springframework.stereotype.Component
class ReceivedMailSection implements RequestPageSection {

    private final InboxService inbox;

    ReceivedMailSection(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public int order() {
        return 19;
    }

    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        return new ReceivedMailPanel(inbox, request, canEdit);
    }
}
