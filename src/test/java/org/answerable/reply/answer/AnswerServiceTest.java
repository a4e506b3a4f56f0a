package org.answerable.reply.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.reply.AnswerProposal;
import org.answerable.reply.Cell;
import org.answerable.reply.CellKind;
import org.answerable.reply.DataTable;
import org.answerable.reply.Outcome;
import org.answerable.reply.ReplyProposal;
import org.answerable.reply.TablePasteParser;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
class AnswerServiceTest {

    @Autowired AnswerService answers;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;

    FoiRequest request;
    List<Question> questions;

    @BeforeEach
    void aRequestWithThreeQuestions() {
        users.signInNew(Role.MEMBER);
        request = send("Exploitation 2015-2024", "LCE", "How many at risk?", "How many MASH calls?", "What budget?");
        questions = requests.get(request.getId()).getQuestions();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_request_status_follows_its_answers() {
        answers.save(request.getId(), draft(0, Outcome.ANSWERED));
        assertThat(status()).as("two questions still open").isEqualTo(RequestStatus.PARTLY_ANSWERED);

        answers.save(request.getId(), draft(1, Outcome.ANSWERED));
        answers.save(request.getId(), draft(2, Outcome.REFUSED, "FOIA-s12"));
        assertThat(status()).isEqualTo(RequestStatus.PARTLY_REFUSED);

        QuestionWithAnswer first = answers.answersTo(request.getId()).getFirst();
        answers.save(request.getId(), new AnswerDraft(first.question().getId(), null, Outcome.NOT_HELD, "Not held",
                List.of("FOIA-s1(1)(a)"), false, null, null, null, null, first.answer().orElseThrow().getVersion()));
        QuestionWithAnswer second = answers.answersTo(request.getId()).get(1);
        answers.save(request.getId(), new AnswerDraft(second.question().getId(), null, Outcome.REFUSED, "Cost",
                List.of("FOIA-s12"), false, "18 hours", null, null, null, second.answer().orElseThrow().getVersion()));
        assertThat(status()).isEqualTo(RequestStatus.REFUSED);
    }

    @Test
    void provisions_and_refusal_details_are_kept_with_the_answer() {
        answers.save(request.getId(), new AnswerDraft(questions.get(2).getId(), null, Outcome.REFUSED,
                "Section 12 of the Act makes provision…", List.of("FOIA-s12", "FOIA-s17"), true, "18 hours / £450",
                "Staff would need to trawl through each file", null, null, 0));

        Answer saved = answers.answersTo(request.getId()).get(2).answer().orElseThrow();
        assertThat(saved.getProvisionCodes()).containsExactly("FOIA-s12", "FOIA-s17");
        assertThat(saved.getCostEstimate()).isEqualTo("18 hours / £450");
        assertThat(saved.isPublicInterestTestStated()).isTrue();
        assertThat(saved.getReasoning()).contains("trawl");
    }

    @Test
    void an_unknown_provision_or_a_redirect_without_its_address_is_refused() {
        assertThatThrownBy(() -> answers.save(request.getId(), draft(0, Outcome.REFUSED, "FOIA-s99")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Unknown provision");
        assertThatThrownBy(() -> answers.save(request.getId(), draft(0, Outcome.REDIRECTED)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("web address");
        assertThat(answers.answersTo(request.getId())).allMatch(qa -> qa.answer().isEmpty());
    }

    @Test
    void a_suppressed_cell_keeps_its_marker_and_is_never_zero() {
        DataTable table = TablePasteParser.parse("Ethnicity\tAsian\tBlack\tMixed\nCases\t7\tc\t<5").orElseThrow();
        answers.save(request.getId(), new AnswerDraft(questions.get(0).getId(), null, Outcome.ANSWERED, "See table",
                List.of(), false, null, null, null, table, 0));

        DataTable stored = answers.answersTo(request.getId()).getFirst().table().orElseThrow();
        List<Cell> cells = stored.rows().getFirst();
        assertThat(cells).extracting(Cell::raw).containsExactly("7", "c", "<5");
        assertThat(cells).extracting(Cell::kind).containsExactly(CellKind.NUMBER, CellKind.SUPPRESSED, CellKind.SUPPRESSED);
        assertThat(cells.get(1).value()).as("suppressed is not a number, least of all 0").isNull();
    }

    @Test
    void the_paste_assistant_saves_all_answers_or_none() {
        List<AnswerDraft> batch = List.of(draft(0, Outcome.ANSWERED), draft(1, Outcome.REDIRECTED));
        assertThatThrownBy(() -> answers.saveAll(request.getId(), batch)).isInstanceOf(InvalidInputException.class);
        assertThat(answers.answersTo(request.getId())).allMatch(qa -> qa.answer().isEmpty());
    }

    @Test
    void the_second_of_two_concurrent_edits_to_an_answer_is_refused() {
        answers.save(request.getId(), draft(0, Outcome.ANSWERED));
        long version = answers.answersTo(request.getId()).getFirst().answer().orElseThrow().getVersion();
        Long questionId = questions.get(0).getId();
        answers.save(request.getId(), new AnswerDraft(questionId, null, Outcome.PARTLY_ANSWERED, "Alice", List.of(),
                false, null, null, null, null, version));
        assertThatThrownBy(() -> answers.save(request.getId(), new AnswerDraft(questionId, null, Outcome.REFUSED, "Bob",
                List.of(), false, null, null, null, null, version))).isInstanceOf(ConcurrentEditException.class);
        assertThat(answers.answersTo(request.getId()).getFirst().answer().orElseThrow().getAnswerText()).isEqualTo("Alice");
    }

    @Test
    void a_first_answer_saved_by_a_colleague_meanwhile_is_not_replaced() {
        Long questionId = questions.get(0).getId();
        // Both opened the question while it had no answer; Alice saved first.
        answers.save(request.getId(), new AnswerDraft(questionId, null, Outcome.ANSWERED, "Alice", List.of(),
                false, null, null, null, null, AnswerDraft.NO_ANSWER_YET));
        assertThatThrownBy(() -> answers.save(request.getId(), new AnswerDraft(questionId, null, Outcome.REFUSED, "Bob",
                List.of(), false, null, null, null, null, AnswerDraft.NO_ANSWER_YET)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(answers.answersTo(request.getId()).getFirst().answer().orElseThrow().getAnswerText()).isEqualTo("Alice");
    }

    @Test
    void the_refusals_list_shows_why_and_filters_by_provision_and_authority_within_the_team() {
        answers.save(request.getId(), new AnswerDraft(questions.get(2).getId(), null, Outcome.REFUSED, null,
                List.of("FOIA-s12"), false, "18 hours", "Cost limit exceeded", null, null, 0));
        answers.save(request.getId(), new AnswerDraft(questions.get(1).getId(), null, Outcome.NOT_HELD, "No MASH",
                List.of("FOIA-s1(1)(a)"), false, null, null, null, null, 0));
        answers.save(request.getId(), draft(0, Outcome.ANSWERED));
        FoiRequest coventry = send("Coventry copy", "COV", "How many at risk?");
        answers.save(coventry.getId(), new AnswerDraft(requests.get(coventry.getId()).getQuestions().getFirst().getId(), null,
                Outcome.REFUSED, null, List.of("FOIA-s40(2)"), false, null, "Personal data", null, null, 0));

        assertThat(answers.refusals(RefusalFilter.none(), PageRequest.of(0, 50)).getContent())
                .extracting(RefusalRow::reasoning).containsExactlyInAnyOrder("Cost limit exceeded", null, "Personal data");
        assertThat(answers.refusals(new RefusalFilter(null, "FOIA-s12", null, null, null), PageRequest.of(0, 50)).getContent())
                .extracting(RefusalRow::questionText).containsExactly("What budget?");
        Long coventryId = coventry.getAuthority().getId();
        assertThat(answers.refusals(new RefusalFilter(coventryId, null, null, null, null), PageRequest.of(0, 50)).getContent())
                .extracting(RefusalRow::authorityName).containsExactly("Coventry City Council");

        users.signInNew(Role.MEMBER);
        assertThat(answers.refusals(RefusalFilter.none(), PageRequest.of(0, 50)).getContent()).isEmpty();
    }

    @Test
    void refusals_come_newest_request_first_and_follow_a_request_moved_to_another_date_or_authority() {
        answers.save(request.getId(), new AnswerDraft(questions.get(2).getId(), null, Outcome.REFUSED, null,
                List.of("FOIA-s12"), false, null, "Cost", null, null, 0));
        answers.save(request.getId(), new AnswerDraft(questions.get(0).getId(), null, Outcome.NEITHER_CONFIRM_NOR_DENY,
                null, List.of(), false, null, "NCND", null, null, 0));
        FoiRequest later = send("Later request", "COV", "How many at risk?");
        RequestDraft laterDraft = RequestDraft.of(requests.get(later.getId()));
        laterDraft.setDateSent(LocalDate.of(2025, 7, 1));
        laterDraft.setDateReceived(LocalDate.of(2025, 7, 1));
        requests.update(later.getId(), laterDraft);
        answers.save(later.getId(), new AnswerDraft(requests.get(later.getId()).getQuestions().getFirst().getId(), null,
                Outcome.PARTLY_ANSWERED, "Some", List.of(), false, null, "Partly", null, null, 0));

        assertThat(reasons(RefusalFilter.none())).containsExactly("Partly", "NCND", "Cost");
        assertThat(reasons(new RefusalFilter(null, null, LocalDate.of(2025, 6, 15), null, null))).containsExactly("Partly");
        assertThat(reasons(new RefusalFilter(null, null, null, null, "later"))).containsExactly("Partly");

        RequestDraft moved = RequestDraft.of(requests.get(request.getId()));
        moved.setDateSent(LocalDate.of(2025, 8, 1));
        moved.setDateReceived(LocalDate.of(2025, 8, 1));
        moved.setAuthority(authorities.findByCode("COV").orElseThrow());
        requests.update(request.getId(), moved);

        assertThat(reasons(RefusalFilter.none())).containsExactly("NCND", "Cost", "Partly");
        Long coventryId = authorities.findByCode("COV").orElseThrow().getId();
        assertThat(reasons(new RefusalFilter(coventryId, "FOIA-s12", null, null, null))).containsExactly("Cost");
        assertThat(answers.refusals(RefusalFilter.none(), PageRequest.of(1, 2)).getContent()).extracting(RefusalRow::reasoning)
                .containsExactly("Partly");
        assertThat(answers.refusals(RefusalFilter.none(), PageRequest.of(0, 2)).hasNext()).isTrue();
        assertThat(answers.refusals(RefusalFilter.none(), PageRequest.of(1, 2)).hasNext()).isFalse();
    }

    private List<String> reasons(RefusalFilter filter) {
        return answers.refusals(filter, PageRequest.of(0, 50)).map(RefusalRow::reasoning).getContent();
    }

    @Test
    void the_assistant_proposes_an_answer_for_every_question_of_a_real_reply() throws IOException {
        FoiRequest monitoring = sendFixture("leicester-cse-monitoring-2025");
        ReplyProposal proposal = answers.propose(monitoring.getId(), fixture("replies/leicester-cse-monitoring-2025.txt"));

        assertThat(proposal.answers()).extracting(AnswerProposal::questionIndex).contains(0, 1, 2, 3, 4);
        AnswerProposal cases = proposal.answers().stream().filter(a -> a.questionIndex() == 2).findFirst().orElseThrow();
        assertThat(cases.answerText()).contains("24");
    }

    private RequestStatus status() {
        return requests.get(request.getId()).getStatus();
    }

    private AnswerDraft draft(int question, Outcome outcome, String... provisions) {
        return new AnswerDraft(questions.get(question).getId(), null, outcome, "Answer " + question, List.of(provisions),
                false, null, null, null, null, 0);
    }

    private FoiRequest send(String title, String authorityCode, String... questionTexts) {
        Authority authority = authorities.findByCode(authorityCode).orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(authority);
        draft.setRegime(authority.getDefaultRegime());
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        List<QuestionDraft> qs = new java.util.ArrayList<>();
        for (int i = 0; i < questionTexts.length; i++) {
            qs.add(new QuestionDraft(String.valueOf(i + 1), questionTexts[i]));
        }
        draft.setQuestions(qs);
        return requests.create(draft);
    }

    private FoiRequest sendFixture(String name) throws IOException {
        Authority leicester = authorities.findByCode("LCE").orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle(name);
        draft.setAuthority(leicester);
        draft.setRegime(leicester.getDefaultRegime());
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        draft.setQuestions(requests.proposeQuestions(fixture("requests/" + name + ".txt")));
        return requests.create(draft);
    }

    private static String fixture(String path) throws IOException {
        return new ClassPathResource("examples/" + path).getContentAsString(StandardCharsets.UTF_8);
    }
}
