package org.answerable.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.answerable.reply.answer.Answer;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.review.ReviewChallenge;
import org.answerable.review.ReviewDraft;
import org.answerable.review.ReviewGround;

/** One answer in the "ask for a review" dialog: whether to challenge it, and on what grounds. */
class ChallengeRow extends Div {

    final Checkbox challenge = new Checkbox();
    final CheckboxGroup<ReviewGround> grounds = new CheckboxGroup<>("Grounds");
    final TextField ownWords = new TextField("In your own words");
    private final Answer answer;

    ChallengeRow(QuestionWithAnswer qa) {
        this.answer = qa.answer().orElseThrow();
        challenge.setLabel("Question " + qa.question().getLabel() + ": " + qa.question().getText() + " — "
                + answer.getOutcome().label());
        grounds.setItems(ReviewGround.values());
        grounds.setItemLabelGenerator(ReviewGround::label);
        ownWords.setMaxLength(ReviewChallenge.GROUNDS_TEXT_MAX_LENGTH);
        ownWords.setWidthFull();
        grounds.setVisible(false);
        ownWords.setVisible(false);
        challenge.addValueChangeListener(e -> {
            grounds.setVisible(e.getValue());
            ownWords.setVisible(e.getValue());
        });
        addClassName("challenge-row");
        add(challenge, grounds, ownWords);
    }

    boolean isChallenged() {
        return challenge.getValue();
    }

    ReviewDraft.Challenge toChallenge() {
        return new ReviewDraft.Challenge(answer.getId(), grounds.getValue(), ownWords.getValue());
    }
}
