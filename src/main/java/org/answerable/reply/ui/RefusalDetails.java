package org.answerable.reply.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.answerable.reply.ProvisionCatalogue;
import org.answerable.reply.answer.RefusalRow;

/** An opened row of the refusals view: the whole question, what the authority said and why. */
class RefusalDetails extends Div {

    /** Longer questions and reasons are cut in the row, with "…", and read whole when it opens. */
    static final int IN_ROW = 120;

    RefusalDetails(RefusalRow row) {
        addClassName("refusal-details");
        add(part("Question", row.questionLabel() + " " + row.questionText()));
        if (row.answerText() != null) {
            add(part("Answer", row.answerText()));
        }
        if (row.reasoning() != null) {
            add(part("Reasoning", row.reasoning()));
        }
        if (row.costEstimate() != null) {
            add(part("Cost estimate given", row.costEstimate()));
        }
        if (!row.provisionCodes().isEmpty()) {
            Div cited = new Div(new H3("Provisions cited"));
            row.provisionCodes().forEach(code -> ProvisionCatalogue.byCode(code)
                    .ifPresent(p -> cited.add(new Paragraph(p.shortCitation() + " · " + p.label()))));
            add(cited);
        }
        add(new Anchor("requests/" + row.requestId(), "Open the request"));
    }

    private static Div part(String heading, String text) {
        Paragraph body = new Paragraph(text);
        body.addClassName("answer-text");
        return new Div(new H3(heading), body);
    }

    /** What the row says under "Why": the reasoning, else the answer's own words. */
    static String why(RefusalRow row) {
        return row.reasoning() != null ? row.reasoning() : row.answerText() == null ? "" : row.answerText();
    }

    static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= IN_ROW ? oneLine : oneLine.substring(0, IN_ROW - 1).stripTrailing() + "…";
    }
}
