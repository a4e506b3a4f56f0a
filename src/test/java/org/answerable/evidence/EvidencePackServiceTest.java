package org.answerable.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Regime;
import org.answerable.base.NotFoundException;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignDraft;
import org.answerable.campaign.CampaignService;
import org.answerable.reply.Cell;
import org.answerable.reply.DataTable;
import org.answerable.reply.Outcome;
import org.answerable.reply.answer.AnswerDraft;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestService;
import org.answerable.review.ReviewDraft;
import org.answerable.review.ReviewGround;
import org.answerable.review.RefusedRequests;
import org.answerable.review.ReviewService;
import org.answerable.support.FixedClock;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Today is Monday 21 July 2025 (FixedClock). Leicester and Coventry were sent the same two
 * questions on 2 June, due 30 June: Leicester replied late on 7 July and refused question 2 on
 * cost; Coventry replied on time and answered it.
 */
@IntegrationTest
@Import(FixedClock.class)
class EvidencePackServiceTest {

    static final String Q1 = "How many children were referred each year?";
    static final String Q2 = "How many referrals led to a strategy meeting?";

    @Autowired EvidencePackService packs;
    @Autowired CampaignService campaigns;
    @Autowired RequestService requests;
    @Autowired ReplyService replies;
    @Autowired AnswerService answers;
    @Autowired AuthorityService authorities;
    @Autowired ReviewService reviews;
    @Autowired TestUsers users;

    FoiRequest leicester;

    @BeforeEach
    void twoCouncilsAnswerTheSameCampaign() {
        users.signInNew(Role.MEMBER);
        leicester = campaignRequests().stream().filter(r -> r.getAuthority().getCode().equals("LCE")).findFirst().orElseThrow();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_pdf_pack_shows_the_refusal_the_missed_deadline_and_how_the_other_council_answered() throws IOException {
        EvidenceFile file = packs.requestFile(leicester.getId(), EvidenceFormat.PDF);

        assertThat(file.fileName()).isEqualTo("evidence-leicester.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertWholePack(pdfText(file.content()));
    }

    @Test
    void the_word_pack_says_the_same_as_the_pdf() throws IOException {
        EvidenceFile file = packs.requestFile(leicester.getId(), EvidenceFormat.WORD);

        assertThat(file.fileName()).isEqualTo("evidence-leicester.docx");
        assertWholePack(wordText(file.content()));
    }

    @Test
    void a_pack_for_one_question_holds_only_that_question_and_its_peers() throws IOException {
        Question refused = leicester.getQuestions().get(1);

        EvidenceFile file = packs.questionFile(leicester.getId(), refused.getId(), EvidenceFormat.WORD);

        assertThat(file.fileName()).isEqualTo("evidence-leicester-q2.docx");
        String text = wordText(file.content());
        assertThat(text).contains("Question 2", Q2, "Refused", "FOIA s12", "Coventry", "37 referrals")
                .doesNotContain(Q1).doesNotContain("(suppressed)");
    }

    @Test
    void a_request_outside_any_campaign_makes_every_pack_format() throws IOException {
        FoiRequest standalone = new RefusedRequests(requests, replies, answers, authorities)
                .refused("CSE monitoring 2010-2024", "COV", Regime.FOIA, LocalDate.of(2025, 7, 1)).request();
        Question refused = requests.get(standalone.getId()).getQuestions().get(1);

        assertThat(pdfText(packs.requestFile(standalone.getId(), EvidenceFormat.PDF).content()))
                .contains("How many children were referred?", "How many referrals led to a strategy meeting?", "Refused");
        assertThat(wordText(packs.requestFile(standalone.getId(), EvidenceFormat.WORD).content()))
                .contains("How many children were referred?", "How many referrals led to a strategy meeting?");
        assertThat(pdfText(packs.questionFile(standalone.getId(), refused.getId(), EvidenceFormat.PDF).content()))
                .contains("How many referrals led to a strategy meeting?").doesNotContain("How many children were referred?");
        assertThat(wordText(packs.questionFile(standalone.getId(), refused.getId(), EvidenceFormat.WORD).content()))
                .contains("How many referrals led to a strategy meeting?", "FOIA s12");
    }

    @Test
    void a_challenged_answers_pack_shows_where_its_review_stands_and_the_other_questions_do_not() {
        Long refusalId = answers.answersTo(leicester.getId()).get(1).answer().orElseThrow().getId();
        reviews.ask(leicester.getId(), new ReviewDraft(replies.repliesTo(leicester.getId()).getFirst().getId(),
                LocalDate.of(2025, 7, 7), List.of(new ReviewDraft.Challenge(refusalId,
                        EnumSet.of(ReviewGround.COST_ESTIMATE_NOT_CREDIBLE), null)), "Dear Council", LocalDate.of(2025, 7, 8)));

        EvidencePack challenged = packs.forQuestion(leicester.getId(), leicester.getQuestions().get(1).getId());
        assertThat(challenged.challenges()).singleElement().asString()
                .contains("Internal review of the response of Mon 7 Jul 2025, challenging question 2")
                .contains("asked on Tue 8 Jul 2025");
        assertThat(challenged.deadlines()).extracting(DeadlineCheck::deadline, DeadlineCheck::result)
                .contains(tuple("Ask for an internal review", "Met on Tue 8 Jul 2025"))
                .anySatisfy(t -> assertThat(t.toList()).contains("Still open"));
        assertThat(packs.forQuestion(leicester.getId(), leicester.getQuestions().getFirst().getId()).challenges())
                .as("question 1 was not challenged").isEmpty();
        assertThat(packs.questionChoices(leicester.getId()))
                .extracting(QuestionChoice::label, QuestionChoice::outcome, QuestionChoice::challenged)
                .containsExactly(tuple("1", "Answered", false), tuple("2", "Refused", true));
    }

    @Test
    void suppressed_and_missing_figures_stay_visibly_suppressed_never_zero() {
        EvidencePack pack = packs.forQuestion(leicester.getId(), leicester.getQuestions().getFirst().getId());

        String pdf = pdfText(PdfEvidence.write(pack));
        assertThat(pdf).contains("412", "c (suppressed)", "- (not recorded)", "neither is a zero");
    }

    @Test
    void another_teams_request_or_question_is_not_found() {
        Long otherTeamsRequest = leicester.getId();
        Long otherTeamsQuestion = leicester.getQuestions().getFirst().getId();
        users.signInNew(Role.MEMBER);
        FoiRequest mine = campaignRequests().getFirst();

        assertThatThrownBy(() -> packs.forRequest(otherTeamsRequest)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> packs.requestFile(otherTeamsRequest, EvidenceFormat.PDF)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> packs.questionFile(otherTeamsRequest, otherTeamsQuestion, EvidenceFormat.WORD))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> packs.forQuestion(mine.getId(), otherTeamsQuestion)).isInstanceOf(NotFoundException.class);
        users.signInNew(Role.VIEWER);
        assertThatThrownBy(() -> packs.questionFile(mine.getId(), mine.getQuestions().getFirst().getId(), EvidenceFormat.PDF))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void peers_are_only_the_same_campaigns_requests_of_the_same_team() {
        users.signInNew(Role.MEMBER);
        FoiRequest othersLeicester = campaignRequests().getFirst();

        EvidencePack pack = packs.forRequest(othersLeicester.getId());

        assertThat(pack.questions()).allSatisfy(q -> assertThat(q.peers())
                .extracting(EvidencePack.PeerAnswer::authority).doesNotContain("Leicester"));
    }

    @Test
    void answers_to_another_teams_questions_come_back_unanswered() {
        List<Question> othersQuestions = leicester.getQuestions();
        assertThat(answers.answersToQuestions(othersQuestions)).allSatisfy(qa -> assertThat(qa.answer()).isPresent());

        users.signInNew(Role.MEMBER);

        assertThat(answers.answersToQuestions(othersQuestions)).hasSize(2).allSatisfy(qa -> assertThat(qa.answer()).isEmpty());
    }

    private static void assertWholePack(String text) {
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Generated by Answerable on Mon 21 Jul 2025", "Confidential")
                .contains(Q1, Q2)
                .contains("Refused", "FOIA s12 – Cost of compliance exceeds the appropriate limit", "18 hours",
                        "Collating case files would take over 18 hours")
                .contains("Response due", "Mon 30 Jun 2025", "Missed by 5 working days: reply received on Mon 7 Jul 2025")
                .contains("How the other authorities of the campaign answered question 2", "Coventry", "Answered",
                        "37 referrals");
    }

    /** Two councils, both sent on 2 June; Leicester in the state described above, Coventry answered on 20 June. */
    private List<FoiRequest> campaignRequests() {
        CampaignDraft draft = new CampaignDraft();
        draft.setName("Strategy meetings " + System.nanoTime());
        draft.setQuestions(List.of(new QuestionDraft("1", Q1), new QuestionDraft("2", Q2)));
        draft.setAuthorities(List.of(authorities.findByCode("LCE").orElseThrow(), authorities.findByCode("COV").orElseThrow()));
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        Campaign campaign = campaigns.create(draft);
        List<FoiRequest> sent = requests.inCampaign(campaign.getId());
        for (FoiRequest r : sent) {
            boolean isLeicester = r.getAuthority().getCode().equals("LCE");
            Long reply = replies.record(r.getId(), new ReplyDraft(ReplyType.RESPONSE,
                    isLeicester ? LocalDate.of(2025, 7, 7) : LocalDate.of(2025, 6, 20), "FOI-" + r.getId(), "Our response",
                    null)).getId();
            List<Question> qs = requests.get(r.getId()).getQuestions();
            DataTable perYear = new DataTable(List.of("Referrals"), List.of("2023", "2024", "2025"),
                    List.of(List.of(Cell.of("412")), List.of(Cell.of("c")), List.of(Cell.of("-"))), "Year", "");
            answers.save(r.getId(), new AnswerDraft(qs.get(0).getId(), reply, Outcome.ANSWERED, "See the table",
                    List.of(), false, null, null, null, perYear, 0));
            answers.save(r.getId(), isLeicester
                    ? new AnswerDraft(qs.get(1).getId(), reply, Outcome.REFUSED, "We cannot answer this question.",
                            List.of("FOIA-s12"), false, "18 hours", "Collating case files would take over 18 hours", null,
                            null, 0)
                    : new AnswerDraft(qs.get(1).getId(), reply, Outcome.ANSWERED, "37 referrals led to a strategy meeting.",
                            List.of(), false, null, null, null, null, 0));
        }
        return requests.inCampaign(campaign.getId());
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
    }

    static String wordText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
