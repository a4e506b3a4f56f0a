package org.answerable.reply.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Optional;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.reply.DataTable;
import org.answerable.reply.Outcome;
import org.answerable.reply.Provision;
import org.answerable.reply.ProvisionCatalogue;
import org.answerable.reply.TablePasteParser;
import org.answerable.reply.answer.Answer;
import org.answerable.reply.answer.AnswerDraft;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.request.FoiRequest;

/** Records or corrects the answer to one question by hand. */
class AnswerDialog extends Dialog {

    final Select<Outcome> outcome = new Select<>();
    final TextArea answerText = new TextArea("Answer as given");
    final MultiSelectComboBox<Provision> provisions = new MultiSelectComboBox<>("Provisions cited");
    final Checkbox publicInterestTest = new Checkbox("A public interest test was stated");
    final TextField costEstimate = new TextField("Cost estimate given (hours or £)");
    final TextArea reasoning = new TextArea("Reasoning given");
    final TextField redirectTo = new TextField("Published at (address) or held by (body)");
    final TextArea tablePaste = new TextArea("Table of figures (paste it here)");
    final Button save = new Button("Save answer");
    private final Div tablePreview = new Div();
    private DataTable table;
    private EditableTable tableEditor;

    AnswerDialog(AnswerService answers, FoiRequest request, QuestionWithAnswer qa, Runnable onSaved) {
        setHeaderTitle("Question " + qa.question().getLabel());
        outcome.setLabel("Outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        provisions.setItems(ProvisionCatalogue.citableUnder(request.getRegime()));
        provisions.setItemLabelGenerator(p -> p.citation() + " – " + p.shortName() + " (" + p.nature().label() + ")");
        tablePaste.setHelperText("Copied from a spreadsheet, a web page (| a | b |), a PDF or the letter; check and correct the cells below before saving");
        tablePaste.addValueChangeListener(e -> previewTable(e.getValue()));
        answerText.setMaxLength(Answer.TEXT_MAX_LENGTH);
        reasoning.setMaxLength(Answer.REASONING_MAX_LENGTH);
        costEstimate.setMaxLength(Answer.COST_MAX_LENGTH);
        redirectTo.setMaxLength(Answer.REDIRECT_MAX_LENGTH);
        Optional<Answer> existing = qa.answer();
        existing.ifPresent(a -> {
            outcome.setValue(a.getOutcome());
            answerText.setValue(orEmpty(a.getAnswerText()));
            provisions.setValue(a.getProvisionCodes().stream().map(ProvisionCatalogue::byCode).flatMap(Optional::stream).toList());
            publicInterestTest.setValue(a.isPublicInterestTestStated());
            costEstimate.setValue(orEmpty(a.getCostEstimate()));
            reasoning.setValue(orEmpty(a.getReasoning()));
            redirectTo.setValue(orEmpty(a.getRedirectTo()));
        });
        table = qa.table().orElse(null);
        showTable();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                answers.save(request.getId(), new AnswerDraft(qa.question().getId(), existing.map(Answer::getReplyId).orElse(null),
                        outcome.getValue(), answerText.getValue(), provisions.getValue().stream().map(Provision::code).toList(),
                        publicInterestTest.getValue(), costEstimate.getValue(), reasoning.getValue(), redirectTo.getValue(),
                        tableEditor == null ? null : tableEditor.value(), existing.map(Answer::getVersion).orElse(AnswerDraft.NO_ANSWER_YET)));
                Notification.show("Answer saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            } catch (InvalidInputException problem) {
                HasValidation field = switch (problem.field()) {
                    case "redirectTo" -> redirectTo;
                    case "answerText" -> answerText;
                    case "reasoning" -> reasoning;
                    case "costEstimate" -> costEstimate;
                    case "provisions" -> provisions;
                    default -> outcome;
                };
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            } catch (ConcurrentEditException conflict) {
                Notification.show(conflict.getMessage(), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        FormLayout form = new FormLayout(outcome, provisions, answerText, publicInterestTest, costEstimate, reasoning,
                redirectTo, tablePaste, tablePreview);
        form.setColspan(answerText, 2);
        form.setColspan(reasoning, 2);
        form.setColspan(tablePaste, 2);
        form.setColspan(tablePreview, 2);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(60rem, 95vw)");
    }

    private void previewTable(String pasted) {
        table = pasted == null || pasted.isBlank() ? null : TablePasteParser.parse(pasted).orElse(null);
        showTable();
        if (pasted != null && !pasted.isBlank() && table == null) {
            tablePreview.add(new Span("No table recognised in the pasted text."));
        }
    }

    private void showTable() {
        tablePreview.removeAll();
        tableEditor = table == null ? null : new EditableTable(table);
        if (tableEditor != null) {
            tablePreview.add(tableEditor);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

}
