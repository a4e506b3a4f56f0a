package org.answerable.evidence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.answerable.base.ui.Downloads;
import org.answerable.evidence.EvidenceFile;
import org.answerable.evidence.EvidenceFormat;
import org.answerable.evidence.EvidencePackService;
import org.answerable.evidence.QuestionChoice;
import org.answerable.request.FoiRequest;

/** Downloads of the request's evidence pack, whole or for one question, as PDF or Word. */
class EvidencePanel extends Composite<VerticalLayout> {

    private static final int QUESTION_PREVIEW_LENGTH = 70;

    final Select<QuestionChoice> question = new Select<>();
    /** Read by the download, which runs in its own request; the select's value is only safe to read under the UI lock. */
    private volatile Long chosenQuestionId;

    EvidencePanel(EvidencePackService packs, FoiRequest request) {
        getContent().setPadding(false);
        getContent().setId("evidence");
        getContent().add(new H3("Evidence pack"));
        getContent().add(new Paragraph("A file to send to a reviewer, the Commissioner or a journalist: the questions, "
                + "answers and reasoning, each deadline met or missed, reviews and complaints, and how the campaign's "
                + "other authorities answered. It can hold sensitive information, so share it with care."));
        HorizontalLayout whole = new HorizontalLayout();
        for (EvidenceFormat format : EvidenceFormat.values()) {
            whole.add(download("Whole request (" + format.label() + ")", "evidence-request-" + format.name().toLowerCase(Locale.ROOT),
                    packs, p -> p.requestFile(request.getId(), format)));
        }
        getContent().add(whole);
        List<QuestionChoice> choices = packs.questionChoices(request.getId());
        if (choices.isEmpty()) {
            return;
        }
        question.setLabel("One question");
        question.setId("evidence-question");
        question.setItems(choices);
        question.setItemLabelGenerator(EvidencePanel::questionLabel);
        question.addValueChangeListener(e -> chosenQuestionId = e.getValue() == null ? null : e.getValue().questionId());
        question.setValue(QuestionChoice.mostLikelyWanted(choices));
        HorizontalLayout one = new HorizontalLayout(question);
        one.setAlignItems(FlexComponent.Alignment.BASELINE);
        for (EvidenceFormat format : EvidenceFormat.values()) {
            one.add(download("This question (" + format.label() + ")", "evidence-question-" + format.name().toLowerCase(Locale.ROOT),
                    packs, p -> p.questionFile(request.getId(), chosenQuestionId, format)));
        }
        getContent().add(one);
    }

    private static Anchor download(String text, String id, EvidencePackService packs,
            Function<EvidencePackService, EvidenceFile> make) {
        Anchor anchor = Downloads.link(text, "The evidence pack could not be made. Your records are unchanged; "
                + "please try again, and tell your administrator if it fails again.", DownloadHandler.fromInputStream(event -> {
            EvidenceFile file = make.apply(packs);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }));
        anchor.setId(id);
        return anchor;
    }

    /** "Q2: How many referrals… – Refused, challenged". */
    private static String questionLabel(QuestionChoice q) {
        String text = q.text().length() <= QUESTION_PREVIEW_LENGTH ? q.text()
                : q.text().substring(0, QUESTION_PREVIEW_LENGTH - 1).stripTrailing() + "…";
        return "Q" + q.label() + ": " + text + " – " + q.outcome() + (q.challenged() ? ", challenged" : "");
    }
}
