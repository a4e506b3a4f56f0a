package org.answerable.review;

import java.time.LocalDate;
import java.util.List;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Regime;
import org.answerable.reply.Outcome;
import org.answerable.reply.answer.Answer;
import org.answerable.reply.answer.AnswerDraft;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;

/** Requests whose response refused the second question on cost grounds, ready to be challenged. */
public record RefusedRequests(RequestService requests, ReplyService replies, AnswerService answers,
        AuthorityService authorities) {

    public record Refused(FoiRequest request, Reply response, Answer refusal, Answer answered) {
    }

    /** Sent 2 Jun 2025; the response of {@code responded} answered question 1 and refused question 2 under s12. */
    public Refused refused(String title, String authorityCode, Regime regime, LocalDate responded) {
        return refused(title, authorityCode, regime, LocalDate.of(2025, 6, 2), responded);
    }

    public Refused refused(String title, String authorityCode, Regime regime, LocalDate sent, LocalDate responded) {
        Authority authority = authorities.findByCode(authorityCode).orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(authority);
        draft.setRegime(regime);
        draft.setDateSent(sent);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many children were referred?"),
                new QuestionDraft("2", "How many referrals led to a strategy meeting?")));
        FoiRequest request = requests.create(draft);
        Reply response = replies.record(request.getId(),
                new ReplyDraft(ReplyType.RESPONSE, responded, "FOI-" + title.length(), "Our response", null));
        var questions = requests.get(request.getId()).getQuestions();
        Answer answered = answers.save(request.getId(), new AnswerDraft(questions.get(0).getId(), response.getId(),
                Outcome.ANSWERED, "412 children", List.of(), false, null, null, null, null, 0));
        Answer refusal = answers.save(request.getId(), new AnswerDraft(questions.get(1).getId(), response.getId(),
                Outcome.REFUSED, "It would cost too much", List.of(costLimit(regime)), false, "18 hours", null, null,
                null, 0));
        return new Refused(request, response, refusal, answered);
    }

    private static String costLimit(Regime regime) {
        return switch (regime) {
            case FOIA -> "FOIA-s12";
            case EIR -> "EIR-r12(4)(b)";
            case FOISA, EISR -> "FOISA-s12";
        };
    }
}
