package org.answerable.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.campaign.CampaignDraft;
import org.answerable.campaign.CampaignService;
import org.answerable.reply.Outcome;
import org.answerable.reply.answer.Answer;
import org.answerable.reply.answer.AnswerDraft;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.support.TestUsers;
import org.springframework.boot.test.context.TestComponent;

/**
 * A team's refusals, with today pinned to 21 July 2025 (FixedClock):
 * <ul>
 * <li>Leicester, sent 1 May 2025, answered on time: Q1 refused under s12, Q2 partly answered citing
 * s40(2), Q3 answered;</li>
 * <li>Coventry, sent 7 April 2025, answered late on 10 June: Q1 refused under s40(2), Q2 answered;</li>
 * <li>Coventry, sent 2 June 2025, still awaiting a reply and overdue.</li>
 * </ul>
 * Another team's Leicester request, refused under s12 and answered late, must never be counted.
 */
@TestComponent
public class InsightFixture {

    private final TestUsers users;
    private final RequestService requests;
    private final AnswerService answers;
    private final ReplyService replies;
    private final AuthorityService authorities;
    private final CampaignService campaigns;

    public Authority leicester;
    public Authority coventry;
    public FoiRequest leicesterOnTime;
    public FoiRequest coventryLate;
    public FoiRequest coventryOverdue;

    InsightFixture(TestUsers users, RequestService requests, AnswerService answers, ReplyService replies,
            AuthorityService authorities, CampaignService campaigns) {
        this.users = users;
        this.requests = requests;
        this.answers = answers;
        this.replies = replies;
        this.authorities = authorities;
        this.campaigns = campaigns;
    }

    /** Another team's refusal first, then signs in a member of the team the fixture belongs to. */
    public InsightFixture load() {
        leicester = authorities.findByCode("LCE").orElseThrow();
        coventry = authorities.findByCode("COV").orElseThrow();
        users.signInNew(Role.MEMBER);
        FoiRequest otherTeams = send(leicester, LocalDate.of(2025, 5, 1), 1);
        answer(otherTeams, 0, Outcome.REFUSED, "FOIA-s12");
        reply(otherTeams, LocalDate.of(2025, 7, 1));

        users.signInNew(Role.MEMBER);
        leicesterOnTime = send(leicester, LocalDate.of(2025, 5, 1), 3);
        answer(leicesterOnTime, 0, Outcome.REFUSED, "FOIA-s12");
        answer(leicesterOnTime, 1, Outcome.PARTLY_ANSWERED, "FOIA-s40(2)");
        answer(leicesterOnTime, 2, Outcome.ANSWERED);
        reply(leicesterOnTime, LocalDate.of(2025, 5, 20));

        coventryLate = send(coventry, LocalDate.of(2025, 4, 7), 2);
        answer(coventryLate, 0, Outcome.REFUSED, "FOIA-s40(2)");
        answer(coventryLate, 1, Outcome.ANSWERED);
        reply(coventryLate, LocalDate.of(2025, 6, 10));

        coventryOverdue = send(coventry, LocalDate.of(2025, 6, 2), 1);
        return this;
    }

    public void signInANewTeam() {
        users.signInNew(Role.MEMBER);
    }

    /** A campaign to Leicester sent on 1 July 2025 whose one question was refused under s43. */
    public Long campaignRefusedUnderSection43() {
        CampaignDraft draft = new CampaignDraft();
        draft.setName("Commercial contracts");
        draft.setQuestions(List.of(new QuestionDraft("1", "Please send the contract")));
        draft.setAuthorities(List.of(leicester));
        draft.setDateSent(LocalDate.of(2025, 7, 1));
        Long campaignId = campaigns.create(draft).getId();
        FoiRequest request = requests.get(campaigns.rows(campaignId).getFirst().requestId());
        answer(request, 0, Outcome.REFUSED, "FOIA-s43");
        return campaignId;
    }

    private FoiRequest send(Authority authority, LocalDate sent, int questions) {
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Exploitation figures from " + authority.getOfficialName());
        draft.setAuthority(authority);
        draft.setRegime(authority.getDefaultRegime());
        draft.setDateSent(sent);
        List<QuestionDraft> asked = new ArrayList<>();
        for (int i = 1; i <= questions; i++) {
            asked.add(new QuestionDraft(String.valueOf(i), "How many cases in " + (2014 + i) + "?"));
        }
        draft.setQuestions(asked);
        return requests.create(draft);
    }

    /** Saves the answer to one question of the request, replacing the one it has (any team's request). */
    public void answer(FoiRequest request, int question, Outcome outcome, String... provisions) {
        QuestionWithAnswer current = answers.answersTo(request.getId()).get(question);
        long version = current.answer().map(Answer::getVersion).orElse(0L);
        answers.save(request.getId(), new AnswerDraft(current.question().getId(), null, outcome, "See letter",
                List.of(provisions), false, null, null, null, null, version));
    }

    /** A request to Leicester sent on 1 May 2025, like the fixture's team's own, by the signed-in team. */
    public FoiRequest sendToLeicesterInMay(int questions) {
        return send(leicester, LocalDate.of(2025, 5, 1), questions);
    }

    private void reply(FoiRequest request, LocalDate received) {
        replies.record(request.getId(), new ReplyDraft(ReplyType.RESPONSE, received, null, "Our response", null));
    }
}
