package org.answerable.reply.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.TextRenderer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.answerable.authority.Regime;
import org.answerable.reply.AnswerProposal;
import org.answerable.reply.Attention;
import org.answerable.reply.Citation;
import org.answerable.reply.DataTable;
import org.answerable.reply.Outcome;
import org.answerable.reply.Provision;
import org.answerable.reply.ProvisionCatalogue;
import org.answerable.reply.answer.Answer;
import org.answerable.reply.answer.AnswerDraft;
import org.answerable.reply.answer.QuestionWithAnswer;

/** One question beside the answer the assistant found for it, ready to correct. */
class ProposalRow extends Div {

    final Checkbox include = new Checkbox("Save this answer");
    final TextArea answerText = new TextArea("Answer found");
    final Select<Outcome> outcome = new Select<>();
    final MultiSelectComboBox<Provision> provisions = new MultiSelectComboBox<>("Provisions cited");
    final Checkbox publicInterestTest = new Checkbox("Public interest test stated");
    final TextField costEstimate = new TextField("Cost estimate");
    final TextField redirectTo = new TextField("Published at / held by");
    /** Why the assistant is unsure of this proposal; hidden when it is sure. */
    final Span attention = new Span();
    private final QuestionWithAnswer question;
    private final DataTable table;

    ProposalRow(QuestionWithAnswer question, AnswerProposal suggested, Regime regime) {
        this.question = question;
        this.table = suggested == null ? null : suggested.table().orElse(null);
        addClassName("proposal-row");
        outcome.setLabel("Outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        // Chips show the short citation and wrap onto more lines rather than being cut ("section 1…");
        // the list shows the full name, and typing either finds it. A provision the letter cites at a
        // finer precision than the catalogue (s40(5A)) is offered too.
        Set<Provision> citable = new LinkedHashSet<>(ProvisionCatalogue.citableUnder(regime));
        if (suggested != null) {
            suggested.citations().stream().map(Citation::provision).forEach(citable::add);
        }
        provisions.setItems((p, typed) -> p.label().toLowerCase(Locale.ROOT).contains(typed.toLowerCase(Locale.ROOT))
                || p.shortCitation().contains(typed.toLowerCase(Locale.ROOT)), citable);
        provisions.setItemLabelGenerator(Provision::shortCitation);
        provisions.setRenderer(new TextRenderer<>(p -> p.shortCitation() + " – " + p.shortName()));
        provisions.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        provisions.setWidthFull();
        answerText.setWidthFull();
        if (suggested != null) {
            answerText.setValue(suggested.answerText());
            outcome.setValue(suggested.suggestedOutcome());
            Set<Provision> cited = new LinkedHashSet<>();
            suggested.citations().stream().map(Citation::provision).forEach(cited::add);
            provisions.setValue(cited);
            publicInterestTest.setValue(suggested.publicInterestTestStated());
            suggested.costEstimate().ifPresent(costEstimate::setValue);
            suggested.publishedAt().ifPresent(redirectTo::setValue);
        } else {
            outcome.setValue(Outcome.NOT_ADDRESSED);
        }
        include.setValue(suggested != null);
        Paragraph asked = new Paragraph(question.question().getLabel() + " " + question.question().getText());
        asked.addClassName("proposal-question");
        redirectTo.setVisible(outcome.getValue() == Outcome.REDIRECTED);
        outcome.addValueChangeListener(e -> redirectTo.setVisible(e.getValue() == Outcome.REDIRECTED));
        question.answer().map(Answer::getRedirectTo).ifPresent(redirectTo::setValue);
        markIfUnsure(suggested);
        Div answer = new Div(attention, include, outcome, provisions, answerText, publicInterestTest, costEstimate, redirectTo);
        answer.addClassName("proposal-answer");
        if (table != null) {
            answer.add(new DataTableView(table));
        }
        add(asked, answer);
    }

    /** A wrong proposal must be noticed, not saved: say why this one needs a look. */
    private void markIfUnsure(AnswerProposal suggested) {
        Set<Attention> reasons = suggested == null ? Set.of(Attention.NO_ANSWER_FOUND) : suggested.attention();
        attention.addClassName("proposal-attention");
        attention.setText(reasons.stream().map(ProposalRow::reason).collect(Collectors.joining(" ")));
        attention.setVisible(!reasons.isEmpty());
        if (!reasons.isEmpty()) {
            addClassName("needs-attention");
        }
    }

    private static String reason(Attention attention) {
        return switch (attention) {
            case PLACED_BY_WEAK_RULE -> "Check: this answer was matched to the question by a weak clue.";
            case OUTCOME_FROM_LITTLE_TEXT -> "Check the outcome: it was guessed from very little text.";
            case NO_ANSWER_FOUND -> "No answer found for this question in the reply.";
            case REFERS_TO_ANOTHER_ANSWER -> "Check: this answer points to another one; its outcome and provisions were copied from it.";
        };
    }

    String label() {
        return question.question().getLabel();
    }

    boolean isIncluded() {
        return include.getValue();
    }

    void appendText(String segment) {
        answerText.setValue(answerText.getValue().isBlank() ? segment : answerText.getValue() + "\n" + segment);
        include.setValue(true);
    }

    AnswerDraft toDraft() {
        Optional<Answer> existing = question.answer();
        return new AnswerDraft(question.question().getId(), null, outcome.getValue(), answerText.getValue(),
                provisions.getValue().stream().map(Provision::code).toList(), publicInterestTest.getValue(),
                costEstimate.getValue(), existing.map(Answer::getReasoning).orElse(null),
                redirectTo.getValue(), table, existing.map(Answer::getVersion).orElse(AnswerDraft.NO_ANSWER_YET));
    }
}
