package org.answerable.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Regime;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
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
import org.answerable.request.RequestStatus;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CampaignServiceTest {

    @Autowired CampaignService campaigns;
    @Autowired RequestService requests;
    @Autowired ReplyService replies;
    @Autowired AnswerService answers;
    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;

    @BeforeEach
    void signInAMember() {
        users.signInNew(Role.MEMBER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void creating_a_campaign_sends_the_same_questions_to_each_authority_under_its_own_law() {
        Campaign campaign = campaigns.create(draft("Exploitation 2015-2024", null, "LCE", "COV", "GLG"));

        List<FoiRequest> sent = requests.inCampaign(campaign.getId());
        assertThat(sent).extracting(r -> r.getAuthority().getCode()).containsExactlyInAnyOrder("LCE", "COV", "GLG");
        assertThat(sent).allSatisfy(r -> {
            assertThat(r.getTitle()).isEqualTo("Exploitation 2015-2024");
            assertThat(r.getStatus()).isEqualTo(RequestStatus.DRAFT);
            assertThat(r.getQuestions()).extracting(Question::getText)
                    .containsExactly("How many children were referred?", "How many were prosecuted?");
            assertThat(r.getQuestions()).extracting(Question::getCampaignQuestionId)
                    .containsExactlyElementsOf(campaigns.get(campaign.getId()).getQuestions().stream()
                            .map(CampaignQuestion::getId).toList());
        });
        assertThat(sent).filteredOn(r -> r.getAuthority().getCode().equals("GLG"))
                .extracting(FoiRequest::getRegime).containsExactly(Regime.FOISA);
        assertThat(campaigns.list()).extracting(CampaignSummary::name, CampaignSummary::authorities)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Exploitation 2015-2024", 3));
    }

    @Test
    void progress_counts_unsent_overdue_answered_and_refused_requests() {
        Campaign campaign = campaigns.create(draft("Referrals", null, "LCE", "COV", "BIR", "HAM"));
        List<FoiRequest> sent = requests.inCampaign(campaign.getId());
        FoiRequest leicester = byCode(sent, "LCE");
        FoiRequest coventry = byCode(sent, "COV");
        FoiRequest birmingham = byCode(sent, "BIR");

        campaigns.markSent(campaign.getId(), List.of(leicester.getId(), coventry.getId(), birmingham.getId()),
                LocalDate.of(2025, 6, 2));
        answerAll(coventry.getId(), Outcome.ANSWERED);
        answerAll(birmingham.getId(), Outcome.REFUSED);

        CampaignProgress progress = campaigns.progress(campaign.getId());
        assertThat(progress.total()).isEqualTo(4);
        assertThat(progress.count(ProgressBucket.NOT_SENT)).as("Hampshire not sent").isEqualTo(1);
        assertThat(progress.count(ProgressBucket.OVERDUE)).as("Leicester never replied").isEqualTo(1);
        assertThat(progress.count(ProgressBucket.ANSWERED)).isEqualTo(1);
        assertThat(progress.count(ProgressBucket.REFUSED)).isEqualTo(1);
        assertThat(requests.get(leicester.getId()).getResponseDue()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void adding_authorities_later_skips_those_already_in_and_removing_keeps_the_request() {
        Campaign campaign = campaigns.create(draft("Budgets", LocalDate.of(2025, 6, 2), "LCE"));

        int added = campaigns.addAuthorities(campaign.getId(),
                List.of(authority("LCE"), authority("COV"), authority("COV")), LocalDate.of(2025, 6, 3));
        assertThat(added).isEqualTo(1);
        FoiRequest coventry = byCode(requests.inCampaign(campaign.getId()), "COV");
        assertThat(coventry.getDateSent()).isEqualTo(LocalDate.of(2025, 6, 3));

        campaigns.remove(campaign.getId(), coventry.getId());

        assertThat(requests.inCampaign(campaign.getId())).extracting(r -> r.getAuthority().getCode()).containsExactly("LCE");
        FoiRequest kept = requests.get(coventry.getId());
        assertThat(kept.getCampaignId()).isNull();
        assertThat(kept.getQuestions()).allSatisfy(q -> assertThat(q.getCampaignQuestionId()).isNull());
    }

    @Test
    void a_tag_added_in_bulk_reaches_every_selected_request_only() {
        Campaign campaign = campaigns.create(draft("Tags", null, "LCE", "COV"));
        List<FoiRequest> sent = requests.inCampaign(campaign.getId());

        campaigns.addTag(campaign.getId(), List.of(byCode(sent, "LCE").getId()), "Chase up");

        assertThat(requests.get(byCode(sent, "LCE").getId()).getTags()).containsExactly("chase up");
        assertThat(requests.get(byCode(sent, "COV").getId()).getTags()).isEmpty();
    }

    @Test
    void a_campaign_needs_a_unique_name_questions_and_authorities() {
        campaigns.create(draft("Same name", null, "LCE"));

        assertThatThrownBy(() -> campaigns.create(draft("same NAME", null, "COV")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        CampaignDraft noQuestions = draft("No questions", null, "LCE");
        noQuestions.setQuestions(List.of());
        assertThatThrownBy(() -> campaigns.create(noQuestions))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("questions"));
        assertThatThrownBy(() -> campaigns.create(draft("Nobody", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("authorities"));
    }

    @Test
    void another_team_cannot_see_or_change_a_campaign_and_viewers_cannot_change_it() {
        Campaign campaign = campaigns.create(draft("Private", null, "LCE"));
        Long requestId = requests.inCampaign(campaign.getId()).getFirst().getId();

        users.signInNew(Role.ADMIN);
        assertThat(campaigns.list()).isEmpty();
        assertThatThrownBy(() -> campaigns.get(campaign.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> campaigns.rows(campaign.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> campaigns.markSent(campaign.getId(), List.of(requestId), LocalDate.of(2025, 6, 2)))
                .isInstanceOf(NotFoundException.class);

        users.signInNew(Role.VIEWER);
        assertThatThrownBy(() -> campaigns.create(draft("Viewer", null, "LCE"))).isInstanceOf(AccessDeniedException.class);
    }

    private void answerAll(Long requestId, Outcome outcome) {
        Long replyId = replies.record(requestId, new ReplyDraft(ReplyType.RESPONSE, LocalDate.of(2025, 6, 20),
                "REF-" + requestId, "Our response", null)).getId();
        for (Question q : requests.get(requestId).getQuestions()) {
            answers.save(requestId, new AnswerDraft(q.getId(), replyId, outcome, "text",
                    outcome == Outcome.REFUSED ? List.of("FOIA-s12") : List.of(), false, null, null, null, null, 0));
        }
    }

    private CampaignDraft draft(String name, LocalDate sent, String... codes) {
        CampaignDraft draft = new CampaignDraft();
        draft.setName(name);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many children were referred?"),
                new QuestionDraft("2", "How many were prosecuted?")));
        draft.setAuthorities(java.util.Arrays.stream(codes).map(this::authority).toList());
        draft.setDateSent(sent);
        return draft;
    }

    private Authority authority(String code) {
        return authorities.findByCode(code).orElseThrow();
    }

    private static FoiRequest byCode(List<FoiRequest> requests, String code) {
        return requests.stream().filter(r -> r.getAuthority().getCode().equals(code)).findFirst().orElseThrow();
    }
}
