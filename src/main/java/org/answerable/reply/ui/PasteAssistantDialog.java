package org.answerable.reply.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.reply.AnswerProposal;
import org.answerable.reply.ReplyProposal;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.reply.letter.Attachment;
import org.answerable.reply.letter.PastedReply;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.FoiRequest;

/**
 * Paste a reply's full text (or take an attachment's): the assistant proposes each question's
 * answer, outcome and provisions; the user corrects them side by side and confirms. Nothing is
 * saved before confirming, and text it could not place stays visible for assigning by hand.
 */
class PasteAssistantDialog extends Dialog {

    final TextArea replyText = new TextArea("Reply text");
    final Select<Attachment> fromAttachment = new Select<>();
    final Button propose = new Button("Propose answers");
    final Button confirm = new Button("Save these answers");
    final PastedLetterFields letter;
    final List<ProposalRow> rows = new ArrayList<>();
    private final VerticalLayout proposals = new VerticalLayout();
    private final List<QuestionWithAnswer> questions;
    private Reply prefilledLetter;

    PasteAssistantDialog(AnswerService answers, ReplyService replies, FoiRequest request, Runnable onSaved) {
        setHeaderTitle("Paste a reply from " + request.getAuthority().displayName());
        questions = answers.answersTo(request.getId());
        letter = new PastedLetterFields(request);
        replyText.setWidthFull();
        replyText.setMinHeight("10em");
        replyText.setHelperText("Paste the whole letter, including the questions it repeats");
        List<Attachment> texts = replies.repliesTo(request.getId()).stream().map(Reply::getAttachments)
                .flatMap(List::stream).filter(a -> a.getExtractedText() != null).toList();
        fromAttachment.setLabel("…or use the text of an attachment");
        fromAttachment.setItems(texts);
        fromAttachment.setItemLabelGenerator(a -> a == null ? "" : a.getFileName());
        fromAttachment.setEmptySelectionAllowed(true);
        fromAttachment.setVisible(!texts.isEmpty());
        fromAttachment.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                replyText.setValue(e.getValue().getExtractedText());
                letter.recordedLetter(e.getValue().getReply());
            } else if (prefilledLetter != null) {
                letter.recordedLetter(prefilledLetter);
            } else {
                letter.typedLetter();
            }
        });
        propose.addClickListener(e -> show(answers.propose(request.getId(), replyText.getValue()), request));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> {
            letter.clearProblems();
            try {
                Attachment source = fromAttachment.getValue();
                Reply onFile = source != null ? source.getReply() : prefilledLetter;
                replies.recordWithAnswers(request.getId(), new PastedReply(letter.toDraft(replyText.getValue()),
                        onFile == null ? null : onFile.getId(),
                        rows.stream().filter(ProposalRow::isIncluded).map(ProposalRow::toDraft).toList()));
                Notification.show("Letter and answers saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            } catch (InvalidInputException problem) {
                if (!letter.showProblem(problem.field(), problem.getMessage())) {
                    Notification.show(problem.getMessage(), 8000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            } catch (ConcurrentEditException problem) {
                Notification.show(problem.getMessage(), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        proposals.setPadding(false);
        add(replyText, fromAttachment, letter, propose, proposals);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        setWidth("min(80rem, 98vw)");
    }

    /**
     * Starts from a letter already on file (one that came by email) instead of an empty box; the
     * answers are saved with that letter, never with a second copy of it.
     */
    PasteAssistantDialog prefill(Reply onFile) {
        prefilledLetter = onFile;
        replyText.setValue(onFile.getLetterText() == null ? "" : onFile.getLetterText());
        letter.recordedLetter(onFile);
        return this;
    }

    private void show(ReplyProposal proposal, FoiRequest request) {
        proposals.removeAll();
        rows.clear();
        for (int i = 0; i < questions.size(); i++) {
            int index = i;
            AnswerProposal suggested = proposal.answers().stream().filter(a -> a.questionIndex() == index).findFirst().orElse(null);
            ProposalRow row = new ProposalRow(questions.get(i), suggested, request.getRegime());
            rows.add(row);
            proposals.add(row);
        }
        if (!proposal.unmatchedSegments().isEmpty()) {
            proposals.add(new H3("Text not matched to a question"));
            proposal.unmatchedSegments().forEach(segment -> proposals.add(unmatched(segment)));
        }
        confirm.setEnabled(true);
    }

    private Div unmatched(String segment) {
        Select<ProposalRow> assign = new Select<>();
        assign.setPlaceholder("Add to question…");
        assign.setItems(rows);
        assign.setItemLabelGenerator(row -> row == null ? "" : "Question " + row.label());
        assign.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                e.getValue().appendText(segment);
            }
        });
        Paragraph text = new Paragraph(segment);
        text.addClassName("unmatched-text");
        Div box = new Div(text, assign);
        box.addClassName("unmatched");
        return box;
    }
}
