package org.answerable.reply.ui;

import com.vaadin.flow.component.Component;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.FoiRequest;
import org.answerable.request.ui.RequestPageSection;

/** Puts each question with its answer on the request page. */
@org.springframework.stereotype.Component
class AnswersSection implements RequestPageSection {

    private final AnswerService answers;
    private final ReplyService replies;

    AnswersSection(AnswerService answers, ReplyService replies) {
        this.answers = answers;
        this.replies = replies;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        return new AnswersPanel(answers, replies, request, canEdit);
    }
}
