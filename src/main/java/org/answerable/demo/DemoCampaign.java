package org.answerable.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.answerable.authority.AuthorityService;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignDraft;
import org.answerable.campaign.CampaignService;
import org.answerable.reply.DataTable;
import org.answerable.reply.Outcome;
import org.answerable.reply.answer.AnswerDraft;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.request.RequestService;
import org.answerable.review.ReviewDraft;
import org.answerable.review.ReviewGround;
import org.answerable.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * A small campaign: Leicester's real 2015-2024 exploitation request sent to six more councils, with
 * invented replies showing each kind of outcome: full answers with figures (one suppressed), a
 * late reply refusing personal data, a blanket cost refusal now under internal review, an overdue
 * reply, a Scottish council still within its time, and one request not yet sent. The invented
 * figures are labelled as such in every answer.
 */
@Component
class DemoCampaign {

    static final String NAME = "Demo: child exploitation 2015-2024";
    private static final String INVENTED = "[Invented figures for the demo.] ";

    private final CampaignService campaigns;
    private final RequestService requests;
    private final ReplyService replies;
    private final AnswerService answers;
    private final ReviewService reviews;
    private final AuthorityService authorities;

    DemoCampaign(CampaignService campaigns, RequestService requests, ReplyService replies, AnswerService answers,
            ReviewService reviews, AuthorityService authorities) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.replies = replies;
        this.answers = answers;
        this.reviews = reviews;
        this.authorities = authorities;
    }

    void load(DemoContent content, LocalDate today) {
        String text = DemoContent.read("/demo/requests/leicester-cse-cce-2015-2024.txt");
        CampaignDraft draft = new CampaignDraft();
        draft.setName(NAME);
        draft.setDescription("Sample data: the same six questions to seven councils, to compare who holds what. "
                + "Leicester's reply is real; the others are invented for the demo.");
        draft.setRequestText(text);
        draft.setQuestions(requests.proposeQuestions(text));
        draft.setAuthorities(List.of("LCE", "COV", "BIR", "NGM", "DER", "GLG", "WLV").stream()
                .map(code -> authorities.findByCode(code).orElseThrow()).toList());
        Campaign campaign = campaigns.create(draft);
        Map<String, FoiRequest> byCode = new HashMap<>();
        requests.inCampaign(campaign.getId()).forEach(r -> byCode.put(r.getAuthority().getCode(), r));

        LocalDate sent = today.minusDays(45);
        campaigns.markSent(campaign.getId(), List.of("LCE", "COV", "BIR", "NGM", "DER").stream()
                .map(code -> byCode.get(code).getId()).toList(), sent);
        campaigns.markSent(campaign.getId(), List.of(byCode.get("GLG").getId()), today.minusDays(9));
        campaigns.addTag(campaign.getId(), byCode.values().stream().map(FoiRequest::getId).toList(), DemoContent.DEMO_TAG);

        content.recordReply(requests.get(byCode.get("LCE").getId()), "leicester-cse-cce-2015-2024.txt",
                sent.plusDays(24), "FOI 651098234");
        answerWithFigures(byCode.get("COV"), sent.plusDays(20));
        refuseOnCostAndAskForReview(byCode.get("BIR"), sent.plusDays(27), today);
        refusePersonalDataLate(byCode.get("NGM"), sent.plusDays(38));
    }

    private void answerWithFigures(FoiRequest request, LocalDate received) {
        Long replyId = reply(request, received, "COV-FOI-2291", "Please find our response to each question below.");
        List<Question> questions = requests.get(request.getId()).getQuestions();
        List<AnswerDraft> drafts = new ArrayList<>();
        drafts.add(answer(questions.get(0), replyId, Outcome.ANSWERED, "At risk of exploitation, by year and age group.",
                List.of(), DemoFigures.exploitationTable(11, true)));
        drafts.add(answer(questions.get(1), replyId, Outcome.ANSWERED, "Involved in exploitation, by year and age group.",
                List.of(), DemoFigures.exploitationTable(29, false)));
        drafts.add(answer(questions.get(2), replyId, Outcome.ANSWERED, "MASH helpline calls by year.", List.of(),
                DemoFigures.callsTable(13)));
        for (int i = 3; i < questions.size(); i++) {
            drafts.add(answer(questions.get(i), replyId, Outcome.ANSWERED, "See the attached table for each year.",
                    List.of(), null));
        }
        answers.saveAll(request.getId(), drafts);
    }

    private void refuseOnCostAndAskForReview(FoiRequest request, LocalDate received, LocalDate today) {
        Long replyId = reply(request, received, "BCC-FOI-77120",
                "Complying with your request would exceed the appropriate limit of 18 hours (section 12).");
        List<Question> questions = requests.get(request.getId()).getQuestions();
        answers.saveAll(request.getId(), questions.stream().map(q -> new AnswerDraft(q.getId(), replyId, Outcome.REFUSED,
                "Refused: locating and extracting this information would exceed the cost limit.", List.of("FOIA-s12"),
                false, "18 hours (£450)", null, null, null, 0)).toList());
        List<ReviewDraft.Challenge> challenges = answers.answersTo(request.getId()).stream()
                .map(QuestionWithAnswer::answer).flatMap(Optional::stream)
                .map(a -> new ReviewDraft.Challenge(a.getId(), Set.of(ReviewGround.COST_ESTIMATE_NOT_CREDIBLE), null))
                .toList();
        String letter = reviews.draftLetter(request.getId(), received, challenges);
        LocalDate reviewSent = received.plusDays(4).isAfter(today) ? today : received.plusDays(4);
        reviews.ask(request.getId(), new ReviewDraft(replyId, received, challenges, letter, reviewSent));
    }

    private void refusePersonalDataLate(FoiRequest request, LocalDate received) {
        Long replyId = reply(request, received, "NCC/FOI/5521", "We apologise for the delay in responding.");
        List<Question> questions = requests.get(request.getId()).getQuestions();
        List<AnswerDraft> drafts = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            drafts.add(i < 2
                    ? answer(questions.get(i), replyId, Outcome.REFUSED,
                            "Figures by age and year could identify children, so they are withheld as personal data.",
                            List.of("FOIA-s40(2)"), null)
                    : answer(questions.get(i), replyId, Outcome.ANSWERED, "Figures are given in the attached sheet.",
                            List.of(), i == 2 ? DemoFigures.callsTable(47) : null));
        }
        answers.saveAll(request.getId(), drafts);
    }

    private Long reply(FoiRequest request, LocalDate received, String reference, String letter) {
        return replies.record(request.getId(), new ReplyDraft(ReplyType.RESPONSE, received, reference,
                INVENTED + letter, null)).getId();
    }

    private static AnswerDraft answer(Question question, Long replyId, Outcome outcome, String text,
            List<String> provisions, DataTable table) {
        return new AnswerDraft(question.getId(), replyId, outcome, INVENTED + text, provisions, false, null, null, null,
                table, 0);
    }
}
