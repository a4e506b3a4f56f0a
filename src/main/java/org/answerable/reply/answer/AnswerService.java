package org.answerable.reply.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.answerable.account.SignedInUser;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.reply.Outcome;
import org.answerable.reply.ProvisionCatalogue;
import org.answerable.reply.QuestionRef;
import org.answerable.reply.ReplyProposal;
import org.answerable.reply.ReplySplitter;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.request.RequestSaved;
import org.answerable.request.RequestService;
import org.answerable.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers question by question; the request's status follows them. */
@Service
public class AnswerService {

    private final AnswerRepository answers;
    private final AnswerTallies tallies;
    private final RequestService requests;
    private final CurrentUser currentUser;
    private final ReplySplitter splitter = new ReplySplitter();

    AnswerService(AnswerRepository answers, AnswerTallies tallies, RequestService requests, CurrentUser currentUser) {
        this.answers = answers;
        this.tallies = tallies;
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<QuestionWithAnswer> answersTo(Long requestId) {
        FoiRequest request = requests.get(requestId);
        Map<Long, Answer> byQuestion = answers.findByRequestIdAndTeamId(request.getId(), request.getTeamId()).stream()
                .collect(Collectors.toMap(Answer::getQuestionId, Function.identity()));
        return request.getQuestions().stream().map(q -> withAnswer(q, byQuestion)).toList();
    }

    /**
     * The answers to these questions, in one query however many there are: an evidence pack's
     * "how the other authorities answered". Another team's questions come back unanswered.
     */
    @Transactional(readOnly = true)
    public List<QuestionWithAnswer> answersToQuestions(Collection<Question> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        Map<Long, Answer> byQuestion = answers.findByTeamIdAndQuestionIdIn(currentUser.teamId(),
                questions.stream().map(Question::getId).toList()).stream()
                .collect(Collectors.toMap(Answer::getQuestionId, Function.identity()));
        return questions.stream().map(q -> withAnswer(q, byQuestion)).toList();
    }

    private static QuestionWithAnswer withAnswer(Question question, Map<Long, Answer> byQuestion) {
        Optional<Answer> answer = Optional.ofNullable(byQuestion.get(question.getId()));
        return new QuestionWithAnswer(question, answer, answer.flatMap(a -> DataTableJson.read(a.getDataTableJson())));
    }

    /**
     * The answers to many requests at once, for comparing a campaign's authorities: one query
     * whatever the number of requests. Requests of another team contribute nothing.
     */
    @Transactional(readOnly = true)
    public List<AnswerWithTable> answersToRequests(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return answers.findByTeamIdAndRequestIdIn(currentUser.teamId(), requestIds).stream()
                .map(a -> new AnswerWithTable(a, DataTableJson.read(a.getDataTableJson())))
                .toList();
    }

    @Transactional
    public Answer save(Long requestId, AnswerDraft draft) {
        return saveAll(requestId, List.of(draft)).getFirst();
    }

    /** Saves several answers at once (the paste assistant's confirmation): all of them, or none. */
    @Transactional
    public List<Answer> saveAll(Long requestId, List<AnswerDraft> drafts) {
        SignedInUser user = currentUser.requireEditor();
        FoiRequest request = requests.get(requestId);
        List<Long> questionIds = request.getQuestions().stream().map(Question::getId).toList();
        List<Answer> saved = new ArrayList<>();
        for (AnswerDraft draft : drafts) {
            Question question = request.getQuestions().stream().filter(q -> q.getId().equals(draft.questionId()))
                    .findFirst().orElseThrow(() -> new NotFoundException("question"));
            validate(draft);
            Answer answer = answers.findByQuestionIdAndTeamId(draft.questionId(), user.teamId())
                    .map(existing -> checkVersion(existing, draft))
                    .orElseGet(() -> new Answer(user.teamId(), request, question));
            answer.apply(draft, DataTableJson.write(draft.table()));
            saved.add(answers.saveAndFlush(answer));
        }
        updateRequestStatus(request, questionIds);
        return saved;
    }

    /** "Which answers were refused and why", newest requests first. */
    @Transactional(readOnly = true)
    public Slice<RefusalRow> refusals(RefusalFilter filter, Pageable pageable) {
        String pattern = filter.requestText() == null || filter.requestText().isBlank() ? null
                : "%" + filter.requestText().strip().toLowerCase(Locale.ROOT) + "%";
        Long teamId = currentUser.teamId();
        // A slice, not a page: the view scrolls on without a count, which would read every refusal.
        Slice<Answer> page = answers.findBy(RefusalSpecifications.forTeam(teamId, filter, pattern),
                query -> query.slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        RefusalSpecifications.newestRequestsFirst(filter))));
        List<Long> ids = page.getContent().stream().map(Answer::getId).toList();
        Map<Long, RefusalRow> rows = ids.isEmpty() ? Map.of() : answers.refusalRows(ids, teamId).stream()
                .collect(Collectors.toMap(RefusalRow::answerId, Function.identity()));
        Map<Long, List<String>> cited = ids.isEmpty() ? Map.of() : answers.citedProvisions(ids, teamId).stream()
                .collect(Collectors.groupingBy(pair -> (Long) pair[0], Collectors.mapping(pair -> (String) pair[1],
                        Collectors.collectingAndThen(Collectors.toList(), codes -> codes.stream().sorted().toList()))));
        return page.map(answer -> rows.get(answer.getId()).citing(cited.getOrDefault(answer.getId(), List.of())));
    }

    /** A request's date, authority or questions changed: the refusals view's copies follow. */
    @EventListener
    void onRequestSaved(RequestSaved saved) {
        answers.copyRequestSortKeys(saved.requestId());
    }

    /** What the paste assistant proposes for a reply's text; nothing is saved. */
    @Transactional(readOnly = true)
    public ReplyProposal propose(Long requestId, String replyText) {
        FoiRequest request = requests.get(requestId);
        List<QuestionRef> questions = request.getQuestions().stream()
                .map(q -> new QuestionRef(q.getLabel(), q.getText())).toList();
        return splitter.split(replyText == null ? "" : replyText, questions, request.getRegime());
    }

    private void updateRequestStatus(FoiRequest request, List<Long> questionIds) {
        Map<Long, Outcome> outcomes = answers.findByRequestIdAndTeamId(request.getId(), request.getTeamId()).stream()
                .collect(Collectors.toMap(Answer::getQuestionId, Answer::getOutcome));
        List<Outcome> perQuestion = questionIds.stream().map(outcomes::get).toList();
        requests.recordAnswerOutcome(request.getId(), RequestOutcomeRule.statusFor(perQuestion));
        // The insights read these instead of the answers: they must change with them (V10).
        tallies.recount(request.getId(), request.getTeamId());
    }

    /** A draft started before any answer existed ({@link AnswerDraft#NO_ANSWER_YET}) never matches one saved since. */
    private static Answer checkVersion(Answer existing, AnswerDraft draft) {
        if (existing.getVersion() != draft.version()) {
            throw new ConcurrentEditException("answer");
        }
        return existing;
    }

    private static void validate(AnswerDraft draft) {
        if (draft.outcome() == null) {
            throw new InvalidInputException("outcome", "Choose what the authority did with this question");
        }
        for (String code : draft.provisionCodes()) {
            if (ProvisionCatalogue.byCode(code).isEmpty()) {
                throw new InvalidInputException("provisions", "Unknown provision " + code);
            }
        }
        if (draft.outcome() == Outcome.REDIRECTED && blank(draft.redirectTo())) {
            throw new InvalidInputException("redirectTo", "Give the web address where it is published, or the body that holds it");
        }
        tooLong(draft.answerText(), Answer.TEXT_MAX_LENGTH, "answerText", "The answer text");
        tooLong(draft.reasoning(), Answer.REASONING_MAX_LENGTH, "reasoning", "The reasoning");
        tooLong(draft.costEstimate(), Answer.COST_MAX_LENGTH, "costEstimate", "The cost estimate");
        tooLong(draft.redirectTo(), Answer.REDIRECT_MAX_LENGTH, "redirectTo", "The address or body");
    }

    private static void tooLong(String value, int max, String field, String what) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, what + " is longer than " + max + " characters");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
