package org.answerable.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.answerable.account.SignedInUser;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A team's FOI requests. Every read and write is scoped to the signed-in user's team. */
@Service
public class RequestService {

    private final RequestRepository requests;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final QuestionSplitter splitter = new QuestionSplitter();

    RequestService(RequestRepository requests, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<FoiRequest> list(RequestFilter filter, Pageable pageable) {
        return requests.findAll(RequestSpecifications.forTeam(currentUser.teamId(), filter), pageable);
    }

    @Transactional(readOnly = true)
    public long count(RequestFilter filter) {
        return requests.count(RequestSpecifications.forTeam(currentUser.teamId(), filter));
    }

    /** The request with its questions and tags; another team's id is simply not found. */
    @Transactional(readOnly = true)
    public FoiRequest get(Long id) {
        FoiRequest request = requests.findByIdAndTeamId(id, currentUser.teamId())
                .orElseThrow(() -> new NotFoundException("request"));
        request.loadDetails();
        return request;
    }

    @Transactional
    public FoiRequest create(RequestDraft draft) {
        SignedInUser user = currentUser.requireEditor();
        validate(draft);
        FoiRequest request = new FoiRequest(user.teamId(), user.userId());
        request.apply(draft);
        FoiRequest saved = requests.save(request);
        events.publishEvent(new RequestSaved(saved.getId()));
        return saved;
    }

    @Transactional
    public FoiRequest update(Long id, RequestDraft draft) {
        currentUser.requireEditor();
        FoiRequest request = getForChange(id, draft.getVersion());
        validate(draft);
        request.apply(draft);
        FoiRequest saved = requests.saveAndFlush(request);
        events.publishEvent(new RequestSaved(saved.getId()));
        return saved;
    }

    @Transactional
    public FoiRequest close(Long id, long version) {
        currentUser.requireEditor();
        FoiRequest request = getForChange(id, version);
        request.close();
        return requests.saveAndFlush(request);
    }

    @Transactional
    public FoiRequest reopen(Long id, long version) {
        currentUser.requireEditor();
        FoiRequest request = getForChange(id, version);
        request.reopen();
        FoiRequest saved = requests.saveAndFlush(request);
        events.publishEvent(new RequestSaved(saved.getId()));
        return saved;
    }

    /** Stores the clock's current dates; called by the deadline engine's side, never by views. */
    @Transactional
    public void recordClock(Long id, LocalDate responseDue, LocalDate longOverdueAfter, boolean responded) {
        FoiRequest request = requests.findByIdAndTeamId(id, currentUser.teamId())
                .orElseThrow(() -> new NotFoundException("request"));
        request.recordClock(responseDue, longOverdueAfter, responded);
    }

    /** Sets the status the answers call for; called by the replies feature, never by views. */
    @Transactional
    public void recordAnswerOutcome(Long id, RequestStatus outcome) {
        if (outcome != null && !outcome.isOutcome()) {
            throw new IllegalArgumentException(outcome + " is not an answer outcome");
        }
        FoiRequest request = requests.findByIdAndTeamId(id, currentUser.teamId())
                .orElseThrow(() -> new NotFoundException("request"));
        request.recordAnswerOutcome(outcome);
    }

    /** The team's requests still waiting for a reply whose response is due on or before {@code limit}. */
    @Transactional(readOnly = true)
    public List<FoiRequest> awaitingResponseDueBy(LocalDate limit) {
        return requests.findAwaitingDueBy(currentUser.teamId(), RequestStatus.AWAITING_RESPONSE, limit);
    }

    /** A campaign's requests with their authorities and questions, oldest first. */
    @Transactional(readOnly = true)
    public List<FoiRequest> inCampaign(Long campaignId) {
        List<FoiRequest> found = requests.findByTeamIdAndCampaignIdOrderByIdAsc(currentUser.teamId(), campaignId);
        found.forEach(FoiRequest::loadDetails);
        return found;
    }

    /** How many requests each of the team's campaigns holds, by campaign id. */
    @Transactional(readOnly = true)
    public Map<Long, Long> countsByCampaign() {
        Map<Long, Long> counts = new HashMap<>();
        requests.countByCampaign(currentUser.teamId()).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Takes a request out of its campaign; the request itself, its replies and answers stay. */
    @Transactional
    public FoiRequest leaveCampaign(Long id) {
        currentUser.requireEditor();
        FoiRequest request = requests.findByIdAndTeamId(id, currentUser.teamId())
                .orElseThrow(() -> new NotFoundException("request"));
        request.leaveCampaign();
        return requests.saveAndFlush(request);
    }

    /** Suggests the numbered questions of a pasted request; nothing is saved. */
    public List<QuestionDraft> proposeQuestions(String requestText) {
        return splitter.split(requestText).stream()
                .map(q -> new QuestionDraft(q.label(), q.text()))
                .toList();
    }

    private FoiRequest getForChange(Long id, long expectedVersion) {
        FoiRequest request = requests.findByIdAndTeamId(id, currentUser.teamId())
                .orElseThrow(() -> new NotFoundException("request"));
        if (request.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("request");
        }
        return request;
    }

    private void validate(RequestDraft draft) {
        if (draft.getTitle() == null || draft.getTitle().isBlank()) {
            throw new InvalidInputException("title", "Give the request a title");
        }
        if (draft.getAuthority() == null) {
            throw new InvalidInputException("authority", "Choose the authority the request goes to");
        }
        if (draft.getRegime() == null) {
            throw new InvalidInputException("regime", "Choose the law the request is made under");
        }
        RequestRules.check(draft, LocalDate.now(clock)).ifPresent(v -> {
            throw new InvalidInputException(v.field(), v.message());
        });
    }
}
