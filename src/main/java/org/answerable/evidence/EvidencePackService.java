package org.answerable.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.answerable.base.NotFoundException;
import org.answerable.campaign.CampaignService;
import org.answerable.deadline.WorkingDayCalendar;
import org.answerable.deadline.holidays.HolidayService;
import org.answerable.evidence.EvidencePack.PeerAnswer;
import org.answerable.evidence.EvidencePack.QuestionEvidence;
import org.answerable.evidence.EvidencePack.RequestSummary;
import org.answerable.reply.answer.Answer;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.request.RequestService;
import org.answerable.review.ReviewCase;
import org.answerable.review.ReviewService;
import org.answerable.timeline.Timeline;
import org.answerable.timeline.TimelineService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers an evidence pack from the signed-in team's records. Reading only: viewers may make
 * packs too. Another team's request or question is not found.
 */
@Service
public class EvidencePackService {

    static final String WHOLE_REQUEST = "Whole request";
    static final String NO_ANSWER = "No answer recorded";

    private final RequestService requests;
    private final AnswerService answers;
    private final TimelineService timelines;
    private final ReviewService reviews;
    private final CampaignService campaigns;
    private final HolidayService holidays;
    private final Clock clock;

    EvidencePackService(RequestService requests, AnswerService answers, TimelineService timelines,
            ReviewService reviews, CampaignService campaigns, HolidayService holidays, Clock clock) {
        this.requests = requests;
        this.answers = answers;
        this.timelines = timelines;
        this.reviews = reviews;
        this.campaigns = campaigns;
        this.holidays = holidays;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public EvidencePack forRequest(Long requestId) {
        FoiRequest request = requests.get(requestId);
        return pack(request, WHOLE_REQUEST, answers.answersTo(requestId), reviews.reviewsOf(requestId));
    }

    /** The pack for one question: its answer, its campaign peers, and only the reviews that challenged it. */
    @Transactional(readOnly = true)
    public EvidencePack forQuestion(Long requestId, Long questionId) {
        FoiRequest request = requests.get(requestId);
        QuestionWithAnswer covered = answers.answersTo(requestId).stream()
                .filter(qa -> qa.question().getId().equals(questionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("question"));
        List<ReviewCase> challenging = reviews.reviewsOf(requestId).stream()
                .filter(c -> challenges(c, questionId)).toList();
        return pack(request, "Question " + covered.question().getLabel(), List.of(covered), challenging);
    }

    /** The request's questions in order, with their outcomes and whether a review challenged them. */
    @Transactional(readOnly = true)
    public List<QuestionChoice> questionChoices(Long requestId) {
        List<ReviewCase> cases = reviews.reviewsOf(requestId);
        return answers.answersTo(requestId).stream().map(qa -> new QuestionChoice(
                qa.question().getId(), qa.question().getLabel(), qa.question().getText(),
                qa.answer().map(a -> a.getOutcome().label()).orElse(NO_ANSWER),
                qa.answer().map(a -> a.getOutcome().isRefusal() || a.getOutcome().isPartRefusal()).orElse(false),
                cases.stream().anyMatch(c -> challenges(c, qa.question().getId())))).toList();
    }

    /** The whole request's pack as a file named after the authority, e.g. "evidence-leicester.pdf". */
    @Transactional(readOnly = true)
    public EvidenceFile requestFile(Long requestId, EvidenceFormat format) {
        EvidencePack pack = forRequest(requestId);
        return format.render(pack, fileName(pack, ""));
    }

    /** One question's pack as a file, e.g. "evidence-leicester-q3.docx". */
    @Transactional(readOnly = true)
    public EvidenceFile questionFile(Long requestId, Long questionId, EvidenceFormat format) {
        EvidencePack pack = forQuestion(requestId, questionId);
        return format.render(pack, fileName(pack, "-q" + pack.questions().getFirst().label()));
    }

    static String fileName(EvidencePack pack, String suffix) {
        String name = ("evidence-" + pack.request().authority() + suffix).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    private static boolean challenges(ReviewCase c, Long questionId) {
        return c.review().getChallenges().stream().map(ch -> c.questionsByAnswer().get(ch.getAnswerId()))
                .anyMatch(q -> q != null && q.getId().equals(questionId));
    }

    private EvidencePack pack(FoiRequest request, String scope, List<QuestionWithAnswer> covered, List<ReviewCase> cases) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<PeerAnswer>> peers = peersByCampaignQuestion(request, covered);
        List<QuestionEvidence> questions = covered.stream()
                .map(qa -> evidence(qa, peersOf(qa.question(), peers)))
                .toList();
        Timeline timeline = timelines.timelineOf(request.getId());
        WorkingDayCalendar calendar = holidays.calendar(request.getRegime());
        List<DeadlineCheck> deadlines = new ArrayList<>(EvidenceTimeline.responseDeadlines(timeline, today, calendar));
        cases.forEach(c -> deadlines.addAll(EvidenceTimeline.challengeDeadlines(c, today, calendar)));
        return new EvidencePack(today, scope, summary(request), questions, EvidenceTimeline.entries(timeline),
                deadlines, cases.stream().flatMap(c -> EvidenceTimeline.challengeStatus(c).stream()).toList());
    }

    /** A question asked outside any campaign has no campaign question, so no peers (and no key to look up). */
    private static List<PeerAnswer> peersOf(Question question, Map<Long, List<PeerAnswer>> peers) {
        Long asked = question.getCampaignQuestionId();
        return asked == null ? List.of() : peers.getOrDefault(asked, List.of());
    }

    private RequestSummary summary(FoiRequest request) {
        return new RequestSummary(request.getTitle(), request.getAuthority().displayName(), request.getRegime().fullName(),
                request.getStatus().label(), Optional.ofNullable(request.getDateSent()),
                Optional.ofNullable(request.getDateReceived()),
                Objects.requireNonNullElse(request.getAuthorityReference(), ""),
                Optional.ofNullable(request.getCampaignId()).map(id -> campaigns.get(id).getName()),
                Objects.requireNonNullElse(request.getRequestText(), ""));
    }

    private static QuestionEvidence evidence(QuestionWithAnswer qa, List<PeerAnswer> peers) {
        Question q = qa.question();
        return qa.answer().map(a -> new QuestionEvidence(q.getLabel(), q.getText(), a.getOutcome().label(),
                        AnswerTexts.provisions(a.getProvisionCodes()), text(a.getAnswerText()), text(a.getReasoning()),
                        Optional.of(a.isPublicInterestTestStated()), text(a.getCostEstimate()), text(a.getRedirectTo()),
                        qa.table(), peers))
                .orElseGet(() -> new QuestionEvidence(q.getLabel(), q.getText(), NO_ANSWER, List.of(), "", "",
                        Optional.empty(), "", "", Optional.empty(), peers));
    }

    /**
     * The campaign's other requests asking the same questions, answered or not, by campaign question:
     * the campaign's requests in one query (questions batch-fetched) and their answers in one more.
     */
    private Map<Long, List<PeerAnswer>> peersByCampaignQuestion(FoiRequest request, List<QuestionWithAnswer> covered) {
        Set<Long> asked = covered.stream().map(qa -> qa.question().getCampaignQuestionId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (request.getCampaignId() == null || asked.isEmpty()) {
            return Map.of();
        }
        Map<Long, FoiRequest> others = requests.inCampaign(request.getCampaignId()).stream()
                .filter(r -> !r.getId().equals(request.getId()))
                .collect(Collectors.toMap(FoiRequest::getId, Function.identity()));
        List<Question> sameQuestions = others.values().stream().flatMap(r -> r.getQuestions().stream())
                .filter(q -> asked.contains(q.getCampaignQuestionId())).toList();
        return answers.answersToQuestions(sameQuestions).stream()
                .map(qa -> Map.entry(qa.question().getCampaignQuestionId(), peer(others.get(qa.question().requestId()), qa)))
                .sorted(Comparator.comparing(e -> e.getValue().authority(), String.CASE_INSENSITIVE_ORDER))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static PeerAnswer peer(FoiRequest request, QuestionWithAnswer qa) {
        String authority = request.getAuthority().displayName();
        if (qa.answer().isEmpty()) {
            return new PeerAnswer(authority, "No answer yet (" + request.getStatus().label().toLowerCase(Locale.ROOT) + ")",
                    List.of(), "");
        }
        Answer a = qa.answer().get();
        return new PeerAnswer(authority, a.getOutcome().label(), AnswerTexts.provisions(a.getProvisionCodes()),
                AnswerTexts.shortValue(a.getAnswerText(), a.getCostEstimate(), qa.table().orElse(null)));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
