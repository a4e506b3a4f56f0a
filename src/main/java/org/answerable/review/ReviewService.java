package org.answerable.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.answerable.account.SignedInUser;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.authority.Regime;
import org.answerable.authority.Salutation;
import org.answerable.deadline.ChallengeClocks;
import org.answerable.deadline.ChallengeDeadline;
import org.answerable.deadline.HolidaysUnknownException;
import org.answerable.deadline.holidays.HolidayService;
import org.answerable.reply.Outcome;
import org.answerable.reply.ProvisionCatalogue;
import org.answerable.reply.answer.Answer;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.request.RequestService;
import org.answerable.security.CurrentUser;
import org.answerable.timeline.UpcomingDeadline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Internal reviews and Commissioner complaints of the signed-in team, with their clocks. */
@Service
public class ReviewService {

    private final InternalReviewRepository reviews;
    private final CommissionerComplaintRepository complaints;
    private final RequestService requests;
    private final AnswerService answers;
    private final ReplyService replies;
    private final HolidayService holidays;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(InternalReviewRepository reviews, CommissionerComplaintRepository complaints,
            RequestService requests, AnswerService answers, ReplyService replies, HolidayService holidays,
            CurrentUser currentUser, Clock clock) {
        this.reviews = reviews;
        this.complaints = complaints;
        this.requests = requests;
        this.answers = answers;
        this.replies = replies;
        this.holidays = holidays;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Of these requests, those with an internal review asked for and not yet decided. */
    @Transactional(readOnly = true)
    public Set<Long> underReview(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(reviews.requestsWithOpenReview(currentUser.teamId(), requestIds));
    }

    @Transactional(readOnly = true)
    public List<ReviewCase> reviewsOf(Long requestId) {
        FoiRequest request = requests.get(requestId);
        ChallengeClocks clocks = holidays.challengeClocks();
        Map<Long, Question> questions = questionsByAnswer(requestId);
        return reviews.findByRequestIdAndTeamIdOrderByIdAsc(request.getId(), request.getTeamId()).stream()
                .map(review -> toCase(review, request, clocks, questions)).toList();
    }

    @Transactional(readOnly = true)
    public ReviewCase get(Long reviewId) {
        InternalReview review = find(reviewId);
        return toCase(review, requests.get(review.getRequestId()), holidays.challengeClocks(),
                questionsByAnswer(review.getRequestId()));
    }

    /** The answers a review can challenge: refusals and partial answers first, as those are the usual targets. */
    @Transactional(readOnly = true)
    public List<QuestionWithAnswer> challengeableAnswers(Long requestId) {
        return answers.answersTo(requestId).stream().filter(qa -> qa.answer().isPresent())
                .sorted(Comparator.comparing((QuestionWithAnswer qa) -> !refusalType(qa.answer().get().getOutcome())))
                .toList();
    }

    /** The authority's responses to the request: the letters a review can challenge. */
    @Transactional(readOnly = true)
    public List<Reply> responsesTo(Long requestId) {
        return replies.repliesTo(requestId).stream().filter(r -> r.getType() == ReplyType.RESPONSE).toList();
    }

    /** The window to ask for a review of a response received then; empty beyond the known bank holidays. */
    @Transactional(readOnly = true)
    public Optional<ChallengeDeadline> reviewWindow(Long requestId, LocalDate responseReceived) {
        FoiRequest request = requests.get(requestId);
        return counted(() -> holidays.challengeClocks().reviewRequestBy(request.getRegime(), responseReceived),
                responseReceived);
    }

    /** The window to appeal against a decision notice of that date. */
    @Transactional(readOnly = true)
    public Optional<ChallengeDeadline> appealWindow(Regime regime, LocalDate decisionNotice) {
        return counted(() -> holidays.challengeClocks().appealBy(regime, decisionNotice), decisionNotice);
    }

    private static Optional<ChallengeDeadline> counted(Supplier<ChallengeDeadline> window, LocalDate from) {
        if (from == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(window.get());
        } catch (HolidaysUnknownException e) {
            return Optional.empty();
        }
    }

    /** The review letter for these challenges; nothing is saved, the user edits it first. */
    @Transactional(readOnly = true)
    public String draftLetter(Long requestId, LocalDate responseReceived, List<ReviewDraft.Challenge> challenges) {
        FoiRequest request = requests.get(requestId);
        Map<Long, QuestionWithAnswer> byAnswer = answersById(requestId);
        validateChallenges(challenges, byAnswer);
        if (responseReceived == null) {
            throw new InvalidInputException("responseReceived", "Enter the date you received the response");
        }
        String reference = request.getAuthorityReference();
        ReviewLetter.Facts facts = new ReviewLetter.Facts(request.getTitle(), Salutation.dear(request.getAuthority()),
                request.getRegime(), request.getDateSent(), responseReceived, reference);
        List<ReviewLetter.Point> points = challenges.stream().map(c -> point(byAnswer.get(c.answerId()), c)).toList();
        return ReviewLetter.draft(facts, points);
    }

    @Transactional
    public InternalReview ask(Long requestId, ReviewDraft draft) {
        SignedInUser user = currentUser.requireEditor();
        FoiRequest request = requests.get(requestId);
        Map<Long, QuestionWithAnswer> byAnswer = answersById(requestId);
        validateChallenges(draft.challenges(), byAnswer);
        if (draft.replyId() != null && !replies.get(draft.replyId()).getRequestId().equals(request.getId())) {
            throw new NotFoundException("reply");
        }
        validateResponseDate(request, draft.responseReceived());
        validateSent(draft.dateSent(), draft.responseReceived());
        validateLetter(draft.letterText());
        InternalReview review = new InternalReview(user.teamId(), request.getId(), draft.replyId(),
                draft.responseReceived());
        draft.challenges().forEach(c -> review.challenge(c.answerId(), c.grounds(), c.groundsText()));
        review.recordLetter(draft.letterText(), draft.dateSent(), false);
        return reviews.saveAndFlush(review);
    }

    /** The letter as finally sent, the date it went, and whether the authority said it needs longer. */
    @Transactional
    public InternalReview recordSent(Long reviewId, String letterText, LocalDate dateSent, boolean extended,
            long version) {
        currentUser.requireEditor();
        InternalReview review = checkVersion(find(reviewId), version);
        validateSent(dateSent, review.getResponseReceived());
        validateLetter(letterText);
        review.recordLetter(letterText, dateSent, extended);
        return reviews.saveAndFlush(review);
    }

    /** The review's decision on each challenged answer, by challenge id. */
    @Transactional
    public InternalReview recordOutcome(Long reviewId, LocalDate outcomeDate, Map<Long, ChallengeOutcome> outcomes,
            long version) {
        currentUser.requireEditor();
        InternalReview review = checkVersion(find(reviewId), version);
        if (review.getDateSent() == null) {
            throw new InvalidInputException("outcomeDate", "Record when you asked for the review first");
        }
        notFuture(outcomeDate, "outcomeDate", "Enter the date of the review decision");
        notBefore(outcomeDate, review.getDateSent(), "outcomeDate", "The decision cannot come before you asked for the review");
        for (ReviewChallenge challenge : review.getChallenges()) {
            if (outcomes.get(challenge.getId()) == null) {
                throw new InvalidInputException("outcomes", "Choose what the review decided for every challenged answer");
            }
        }
        review.getChallenges().forEach(c -> c.decide(outcomes.get(c.getId())));
        review.recordOutcome(outcomeDate);
        return reviews.saveAndFlush(review);
    }

    @Transactional
    public CommissionerComplaint saveComplaint(Long reviewId, ComplaintDraft draft) {
        SignedInUser user = currentUser.requireEditor();
        InternalReview review = find(reviewId);
        if (review.getOutcomeDate() == null) {
            throw new InvalidInputException("dateSent", "Record the review's outcome before complaining to the Commissioner");
        }
        ComplaintRules.validate(draft, review.getOutcomeDate(), LocalDate.now(clock));
        CommissionerComplaint complaint = complaints.findByReviewIdAndTeamId(review.getId(), user.teamId())
                .map(existing -> {
                    if (existing.getVersion() != draft.version()) {
                        throw new ConcurrentEditException("complaint");
                    }
                    return existing;
                })
                .orElseGet(() -> new CommissionerComplaint(user.teamId(), review.getRequestId(), review.getId()));
        complaint.apply(draft);
        return complaints.saveAndFlush(complaint);
    }

    /** Everything of the team's reviews and complaints due by {@code horizon}; see {@link ReviewDeadlines}. */
    @Transactional(readOnly = true)
    public List<UpcomingDeadline> deadlinesUpTo(LocalDate horizon) {
        Long teamId = currentUser.teamId();
        ReviewDeadlines.Sources sources = new ReviewDeadlines.Sources(
                reviews.unchallengedResponses(teamId, ReplyType.RESPONSE, refusalOutcomes()),
                reviews.findByTeamIdAndDateSentIsNotNullAndOutcomeDateIsNull(teamId),
                reviews.findByTeamIdAndOutcomeDateIsNotNull(teamId),
                complaints.findByTeamId(teamId).stream()
                        .collect(Collectors.toMap(CommissionerComplaint::getReviewId, Function.identity())));
        return new ReviewDeadlines(holidays.challengeClocks(), requests::get, LocalDate.now(clock), horizon)
                .collect(sources);
    }

    /** One request's review, complaint and appeal dates, by the same rules as {@link #deadlinesUpTo}. */
    @Transactional(readOnly = true)
    public List<UpcomingDeadline> deadlinesOf(Long requestId) {
        FoiRequest request = requests.get(requestId);
        List<InternalReview> all = reviews.findByRequestIdAndTeamIdOrderByIdAsc(request.getId(), request.getTeamId());
        ReviewDeadlines.Sources sources = new ReviewDeadlines.Sources(
                all.isEmpty() ? unchallenged(request).stream().toList() : List.of(),
                all.stream().filter(r -> r.getDateSent() != null && r.getOutcomeDate() == null).toList(),
                all.stream().filter(r -> r.getOutcomeDate() != null).toList(),
                all.stream().flatMap(r -> complaints.findByReviewIdAndTeamId(r.getId(), r.getTeamId()).stream())
                        .collect(Collectors.toMap(CommissionerComplaint::getReviewId, Function.identity())));
        return new ReviewDeadlines(holidays.challengeClocks(), id -> request, LocalDate.now(clock), LocalDate.MAX)
                .collect(sources);
    }

    /** The latest response, when it refused something: as {@link InternalReviewRepository#unchallengedResponses}. */
    private Optional<UnchallengedResponse> unchallenged(FoiRequest request) {
        boolean refused = answers.answersTo(request.getId()).stream()
                .anyMatch(qa -> qa.answer().map(a -> refusalType(a.getOutcome())).orElse(false));
        return responsesTo(request.getId()).stream().map(Reply::getDateReceived).max(Comparator.naturalOrder())
                .filter(latest -> refused).map(latest -> new UnchallengedResponse(request.getId(), latest));
    }

    private ReviewCase toCase(InternalReview review, FoiRequest request, ChallengeClocks clocks,
            Map<Long, Question> questions) {
        Optional<CommissionerComplaint> complaint = complaints.findByReviewIdAndTeamId(review.getId(), review.getTeamId());
        return new ReviewCase(review, complaint,
                ReviewClocks.of(clocks, request.getRegime(), review, complaint, LocalDate.now(clock)), request.getRegime(),
                questions);
    }

    private InternalReview find(Long reviewId) {
        return reviews.findByIdAndTeamId(reviewId, currentUser.teamId())
                .orElseThrow(() -> new NotFoundException("internal review"));
    }

    private Map<Long, Question> questionsByAnswer(Long requestId) {
        return answersById(requestId).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().question()));
    }

    private Map<Long, QuestionWithAnswer> answersById(Long requestId) {
        return answers.answersTo(requestId).stream().filter(qa -> qa.answer().isPresent())
                .collect(Collectors.toMap(qa -> qa.answer().get().getId(), Function.identity()));
    }

    private static ReviewLetter.Point point(QuestionWithAnswer qa, ReviewDraft.Challenge challenge) {
        Answer answer = qa.answer().orElseThrow();
        List<String> provisions = answer.getProvisionCodes().stream().map(ProvisionCatalogue::byCode)
                .flatMap(Optional::stream).map(p -> p.citation() + " (" + p.shortName() + ")").toList();
        return new ReviewLetter.Point(qa.question().getLabel(), qa.question().getText(),
                answer.getOutcome().label().toLowerCase(Locale.ROOT), provisions, challenge.grounds(),
                challenge.groundsText());
    }

    static boolean refusalType(Outcome outcome) {
        return outcome.isRefusal() || outcome.isPartRefusal();
    }

    static List<Outcome> refusalOutcomes() {
        return Arrays.stream(Outcome.values()).filter(ReviewService::refusalType).toList();
    }

    private static void validateChallenges(List<ReviewDraft.Challenge> challenges, Map<Long, QuestionWithAnswer> byAnswer) {
        if (challenges == null || challenges.isEmpty()) {
            throw new InvalidInputException("challenges", "Choose at least one answer to challenge");
        }
        for (ReviewDraft.Challenge c : challenges) {
            if (!byAnswer.containsKey(c.answerId())) {
                throw new NotFoundException("answer");
            }
            boolean noText = c.groundsText() == null || c.groundsText().isBlank();
            if (c.grounds().isEmpty() && noText) {
                throw new InvalidInputException("challenges",
                        "Give at least one ground for question " + byAnswer.get(c.answerId()).question().getLabel());
            }
            if (!noText && c.groundsText().length() > ReviewChallenge.GROUNDS_TEXT_MAX_LENGTH) {
                throw new InvalidInputException("challenges",
                        "Your grounds are longer than " + ReviewChallenge.GROUNDS_TEXT_MAX_LENGTH + " characters");
            }
        }
    }

    private void validateResponseDate(FoiRequest request, LocalDate received) {
        notFuture(received, "responseReceived", "Enter the date you received the response");
        notBefore(received, request.getDateSent(), "responseReceived", "The response cannot come before the request was sent");
    }

    private void validateSent(LocalDate sent, LocalDate responseReceived) {
        if (sent == null) {
            return;
        }
        notFuture(sent, "dateSent", "Enter the date you sent the review request");
        notBefore(sent, responseReceived, "dateSent", "You cannot ask for a review before receiving the response");
    }

    private void notFuture(LocalDate date, String field, String missing) {
        if (date == null) {
            throw new InvalidInputException(field, missing);
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(field, "This date is in the future");
        }
    }

    private static void notBefore(LocalDate date, LocalDate earliest, String field, String message) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new InvalidInputException(field, message);
        }
    }

    private static void validateLetter(String letter) {
        if (letter != null && letter.length() > InternalReview.LETTER_MAX_LENGTH) {
            throw new InvalidInputException("letterText", "The letter is longer than " + InternalReview.LETTER_MAX_LENGTH + " characters");
        }
    }

    private static InternalReview checkVersion(InternalReview review, long version) {
        if (review.getVersion() != version) {
            throw new ConcurrentEditException("internal review");
        }
        return review;
    }
}
