package org.answerable.request.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.answerable.request.Question;
import org.answerable.request.QuestionDraft;

/** The ordered, editable list of a request's questions: edit, add, remove, move up and down. */
public class QuestionListEditor extends Composite<VerticalLayout> {

    private final List<QuestionDraft> questions = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    private final Span error = new Span();
    private final Span hint = new Span();

    public QuestionListEditor() {
        rows.setPadding(false);
        error.addClassName("field-error");
        error.setVisible(false);
        error.setId("questions-error");
        hint.setId("questions-hint");
        hint.setVisible(false);
        Button add = new Button("Add question", VaadinIcon.PLUS.create(), e -> {
            questions.add(new QuestionDraft(String.valueOf(questions.size() + 1), ""));
            render();
        });
        add.setId("add-question");
        getContent().setPadding(false);
        getContent().add(hint, rows, error, add);
        render();
    }

    public void setQuestions(List<QuestionDraft> drafts) {
        questions.clear();
        questions.addAll(drafts);
        clearError();
        hint.setVisible(false);
        render();
    }

    public List<QuestionDraft> getQuestions() {
        return List.copyOf(questions);
    }

    public void showError(String message) {
        hint.setVisible(false);
        error.setText(message);
        error.setVisible(true);
    }

    public void showHint(String message) {
        hint.setText(message);
        hint.setVisible(true);
    }

    void clearError() {
        error.setVisible(false);
    }

    private void render() {
        rows.removeAll();
        if (questions.isEmpty()) {
            rows.add(new Span("No questions yet: paste the request text above and choose \"Find questions\", or add them one by one."));
        }
        for (int i = 0; i < questions.size(); i++) {
            rows.add(row(i));
        }
    }

    private Div row(int index) {
        QuestionDraft q = questions.get(index);
        TextField label = new TextField();
        label.setValue(q.label());
        label.setMaxLength(Question.LABEL_MAX_LENGTH);
        label.setAriaLabel("Label of question " + (index + 1));
        label.addClassName("question-label");
        TextArea text = new TextArea();
        text.setValue(q.text());
        text.setMaxLength(Question.TEXT_MAX_LENGTH);
        text.setAriaLabel("Text of question " + (index + 1));
        text.addClassName("question-text");
        label.addValueChangeListener(e -> questions.set(index, questions.get(index).withLabel(e.getValue())));
        text.addValueChangeListener(e -> questions.set(index, questions.get(index).withText(e.getValue())));

        Button up = iconButton(VaadinIcon.ARROW_UP, "Move question " + (index + 1) + " up", () -> move(index, index - 1));
        up.setEnabled(index > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move question " + (index + 1) + " down", () -> move(index, index + 1));
        down.setEnabled(index < questions.size() - 1);
        Button remove = iconButton(VaadinIcon.TRASH, "Remove question " + (index + 1), () -> {
            questions.remove(index);
            render();
        });
        Div row = new Div(label, text, up, down, remove);
        row.addClassName("question-row");
        return row;
    }

    private void move(int from, int to) {
        questions.add(to, questions.remove(from));
        render();
    }

    private static Button iconButton(VaadinIcon icon, String ariaLabel, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(ariaLabel);
        b.setTooltipText(ariaLabel);
        return b;
    }
}
