package org.answerable.reply.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.answerable.reply.ProvisionCatalogue;
import org.answerable.reply.answer.Answer;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.reply.answer.TableEcho;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.FoiRequest;

/** Each question of the request with what the authority answered, refused, and why. */
class AnswersPanel extends Composite<VerticalLayout> {

    private final AnswerService answers;
    private final ReplyService replies;
    private final FoiRequest request;
    private final boolean canEdit;

    AnswersPanel(AnswerService answers, ReplyService replies, FoiRequest request, boolean canEdit) {
        this.answers = answers;
        this.replies = replies;
        this.request = request;
        this.canEdit = canEdit;
        getContent().setPadding(false);
        getContent().setId("answers");
        HorizontalLayout heading = new HorizontalLayout(new H3("Questions and answers"));
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (canEdit) {
            Button assistant = new Button("Paste a reply…", e -> new PasteAssistantDialog(answers, replies, request,
                    () -> UI.getCurrent().refreshCurrentRoute(false)).open());
            assistant.setId("paste-reply");
            assistant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            heading.add(assistant);
        }
        getContent().add(heading);
        answers.answersTo(request.getId()).forEach(qa -> getContent().add(question(qa)));
    }

    /**
     * A question with its answer folded under one summary line (the question, the outcome, the
     * provisions), so a long reply reads as a list first; the answer opens on a click.
     */
    private Div question(QuestionWithAnswer qa) {
        Div box = new Div();
        box.addClassName("question-answer");
        box.setId("question-" + qa.question().getId());
        Span label = new Span(qa.question().getLabel());
        label.addClassName("question-label-text");
        Paragraph asked = new Paragraph(label, new Span(" " + qa.question().getText()));
        asked.addClassName("question-asked");
        qa.answer().ifPresentOrElse(answer -> {
            Details fold = new Details(new Div(asked, chips(answer)), answerBody(answer, qa));
            fold.addClassName("answer-fold");
            fold.setOpened(false);
            box.add(fold);
        }, () -> box.add(asked, OutcomeBadge.unanswered()));
        if (canEdit) {
            Button edit = new Button(qa.answer().isPresent() ? "Edit answer" : "Record answer",
                    e -> new AnswerDialog(answers, request, qa, () -> UI.getCurrent().refreshCurrentRoute(false)).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(edit);
        }
        return box;
    }

    private static Div chips(Answer answer) {
        Div chips = new Div(new OutcomeBadge(answer.getOutcome()));
        chips.addClassName("chips");
        answer.getProvisionCodes().forEach(code -> ProvisionCatalogue.byCode(code).ifPresent(p -> {
            Span chip = new Span(p.citation() + " · " + p.shortName());
            chip.addClassName("provision-chip");
            chip.setTitle(p.nature().label());
            chips.add(chip);
        }));
        return chips;
    }

    /** The table once; the pasted text only for what it says beyond the table, itself folded. */
    private static Div answerBody(Answer answer, QuestionWithAnswer qa) {
        Div body = new Div();
        body.addClassName("answer-body");
        qa.table().ifPresentOrElse(table -> {
            body.add(new DataTableView(table));
            String words = TableEcho.beyondTable(answer.getAnswerText(), table);
            if (!words.isEmpty()) {
                Paragraph text = new Paragraph(words);
                text.addClassName("answer-text");
                Details around = new Details("What the letter says besides the table", text);
                around.addClassName("answer-words");
                body.add(around);
            }
        }, () -> {
            if (answer.getAnswerText() != null) {
                Paragraph text = new Paragraph(answer.getAnswerText());
                text.addClassName("answer-text");
                body.add(text);
            }
        });
        if (answer.getCostEstimate() != null) {
            body.add(new Paragraph("Cost estimate given: " + answer.getCostEstimate()));
        }
        if (answer.isPublicInterestTestStated()) {
            body.add(new Paragraph("A public interest test was stated."));
        }
        if (answer.getReasoning() != null) {
            body.add(new Paragraph("Reasoning: " + answer.getReasoning()));
        }
        if (answer.getRedirectTo() != null) {
            body.add(new Paragraph("Published or held elsewhere: " + answer.getRedirectTo()));
        }
        return body;
    }
}
