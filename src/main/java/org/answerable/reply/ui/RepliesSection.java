package org.answerable.reply.ui;

import com.vaadin.flow.component.Component;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.FoiRequest;
import org.answerable.request.ui.RequestPageSection;

/** Puts the letters received on every request page. */
@org.springframework.stereotype.Component
class RepliesSection implements RequestPageSection {

    private final ReplyService replies;

    RepliesSection(ReplyService replies) {
        this.replies = replies;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        return new RepliesPanel(replies, request, canEdit);
    }
}
