package org.answerable.campaign.comparison;

import java.time.LocalDate;
import java.util.List;
import org.answerable.authority.AuthorityService;
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

/**
 * The comparison tests' campaign: Leicester answers both questions, Coventry gives figures with a
 * suppressed year and refuses Q2 on cost, Birmingham does not hold Q1 and has not answered Q2.
 */
public final class ThreeCouncils {

    private ThreeCouncils() {
    }

    public static Campaign create(CampaignService campaigns, AuthorityService authorities) {
        CampaignDraft draft = new CampaignDraft();
        draft.setName("Exploitation referrals " + System.nanoTime());
        draft.setQuestions(List.of(new QuestionDraft("1", "How many children were referred for exploitation each year?"),
                new QuestionDraft("2", "How many cases were prosecuted?")));
        draft.setAuthorities(List.of("LCE", "COV", "BIR").stream().map(c -> authorities.findByCode(c).orElseThrow()).toList());
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        return campaigns.create(draft);
    }

    public static void answer(ReplyService replies, AnswerService answers, RequestService requests, List<FoiRequest> sent) {
        for (FoiRequest request : sent) {
            List<Question> questions = requests.get(request.getId()).getQuestions();
            Long replyId = replies.record(request.getId(), new ReplyDraft(ReplyType.RESPONSE, LocalDate.of(2025, 6, 20),
                    "REF-" + request.getId(), "Our response", null)).getId();
            switch (request.getAuthority().getCode()) {
                case "LCE" -> {
                    answers.save(request.getId(), draft(questions.get(0), replyId, Outcome.ANSWERED, "See the table",
                            List.of(), cases("10", "14", "11")));
                    answers.save(request.getId(), draft(questions.get(1), replyId, Outcome.ANSWERED,
                            "Three cases were prosecuted in the period 2015 to 2017.", List.of(), null));
                }
                case "COV" -> {
                    answers.save(request.getId(), draft(questions.get(0), replyId, Outcome.ANSWERED, "See the table",
                            List.of(), cases("12", "c", "9")));
                    answers.save(request.getId(), draft(questions.get(1), replyId, Outcome.REFUSED,
                            "The cost of compliance would exceed the appropriate limit.", List.of("FOIA-s12"), null));
                }
                default -> answers.save(request.getId(), draft(questions.get(0), replyId, Outcome.NOT_HELD,
                        "We do not record referrals by year.", List.of("FOIA-s1(1)(a)"), null));
            }
        }
    }

    private static AnswerDraft draft(Question question, Long replyId, Outcome outcome, String text, List<String> provisions,
            DataTable table) {
        return new AnswerDraft(question.getId(), replyId, outcome, text, provisions, false, null, null, null, table, 0);
    }

    private static DataTable cases(String y2015, String y2016, String y2017) {
        return new DataTable(List.of("Cases"), List.of("2015", "2016", "2017"),
                List.of(List.of(Cell.of(y2015)), List.of(Cell.of(y2016)), List.of(Cell.of(y2017))), "Year", "");
    }
}
