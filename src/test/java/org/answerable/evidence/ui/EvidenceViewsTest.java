package org.answerable.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Regime;
import org.answerable.evidence.QuestionChoice;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.RequestService;
import org.answerable.review.RefusedRequests;
import org.answerable.review.RefusedRequests.Refused;
import org.answerable.support.FixedClock;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(FixedClock.class)
@ViewPackages(packages = "org.answerable")
class EvidenceViewsTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired ReplyService replies;
    @Autowired AnswerService answers;
    @Autowired AuthorityService authorities;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_viewer_finds_the_evidence_pack_downloads_on_the_request_page_and_picks_a_question() {
        String team = "Evidence " + System.nanoTime();
        users.signIn(users.createInTeam(Role.MEMBER, team));
        Refused leicester = new RefusedRequests(requests, replies, answers, authorities)
                .refused("Referrals", "LCE", Regime.FOIA, LocalDate.of(2025, 7, 1));
        users.signIn(users.createInTeam(Role.VIEWER, team));

        navigate("requests/" + leicester.request().getId(), Main.class);

        assertThat(download("evidence-request-pdf").getText()).isEqualTo("Whole request (PDF)");
        assertThat(download("evidence-request-word").getText()).isEqualTo("Whole request (Word)");
        @SuppressWarnings("unchecked")
        Select<QuestionChoice> question = $(Select.class).withId("evidence-question").single();
        assertThat(question.getListDataView().getItems().map(QuestionChoice::label)).containsExactly("1", "2");
        assertThat(question.getValue().label()).as("the refusal is offered first").isEqualTo("2");
        assertThat(question.getItemLabelGenerator().apply(question.getValue()))
                .isEqualTo("Q2: How many referrals led to a strategy meeting? – Refused");
        test(question).selectItem("Q1: How many children were referred? – Answered");
        assertThat(question.getValue().label()).isEqualTo("1");
        assertThat(download("evidence-question-pdf").getText()).isEqualTo("This question (PDF)");
        assertThat(download("evidence-question-word").getText()).isEqualTo("This question (Word)");
    }

    @Test
    void every_pack_of_a_request_outside_any_campaign_downloads() throws IOException {
        users.signInNew(Role.MEMBER);
        Refused standalone = new RefusedRequests(requests, replies, answers, authorities)
                .refused("CSE monitoring 2010-2024", "COV", Regime.FOIA, LocalDate.of(2025, 7, 1));

        navigate("requests/" + standalone.request().getId(), Main.class);

        assertThat(pdfText(downloaded("evidence-request-pdf"))).contains("How many children were referred?");
        assertThat(wordText(downloaded("evidence-request-word"))).contains("How many referrals led to a strategy meeting?");
        assertThat(pdfText(downloaded("evidence-question-pdf"))).contains("How many referrals led to a strategy meeting?");
        assertThat(wordText(downloaded("evidence-question-word"))).contains("How many referrals led to a strategy meeting?");
        assertThat($(Notification.class).all()).as("no failure reported").isEmpty();
    }

    @Test
    void a_pack_that_cannot_be_made_says_so_on_the_page() {
        users.signInNew(Role.MEMBER);
        Refused standalone = new RefusedRequests(requests, replies, answers, authorities)
                .refused("Referrals", "LCE", Regime.FOIA, LocalDate.of(2025, 7, 1));
        navigate("requests/" + standalone.request().getId(), Main.class);
        users.signInNew(Role.MEMBER);

        test($(Anchor.class).withId("evidence-request-pdf").single()).download(new ByteArrayOutputStream());
        roundTrip();

        assertThat($(Notification.class).all()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).startsWith("The evidence pack could not be made"));
    }

    private byte[] downloaded(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(download(id)).download(out);
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String wordText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private Anchor download(String id) {
        Anchor anchor = $(Anchor.class).withId(id).single();
        assertThat(anchor.getHref()).as("a download link the browser can follow").isNotBlank();
        assertThat(anchor.getElement().hasAttribute("download")).isTrue();
        return anchor;
    }
}
