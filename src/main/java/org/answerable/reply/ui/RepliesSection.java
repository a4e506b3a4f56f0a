package org.answerable.reply.ui;

import com.vaadin.flow.component.Component;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.FoiRequest;
import org.answerable.request.ui.RequestPageSection;

/** Puts the letters received on every request page. */
@org.springframework.stereotype.Component
class RepliesSection implements RequestPageSection {

    private final ReplyService replies;
    private final AnswerService answers;

    RepliesSection(ReplyService replies, AnswerService answers) {
        this.replies = replies;
        this.answers = answers;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        return new RepliesPanel(replies, answers, request, canEdit);
    }
}
