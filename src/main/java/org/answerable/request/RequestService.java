package org.answerable.request;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import org.answerable.account.SignedInUser;
import org.answerable.authority.AuthorityRenamed;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A team's FOI requests. Every read and write is scoped to the signed-in user's team. */
@Service
public class RequestService {

    /** {@link #createAll} reports its progress after this many requests. */
    private static final int PROGRESS_STEP = 200;

    private final RequestRepository requests;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final QuestionSplitter splitter = new QuestionSplitter();
    private final EntityManager entityManager;
    private final RequestListQueries listQueries;
    private final List<OpenChallenges> challenges;

    RequestService(RequestRepository requests, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events, EntityManager entityManager, RequestListQueries listQueries,
            List<OpenChallenges> challenges) {
        this.requests = requests;
        this.challenges = challenges;
        this.listQueries = listQueries;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The list sorts on its own copy of the authority's name, so the copy follows a rename. */
    @EventListener
    void onAuthorityRenamed(AuthorityRenamed renamed) {
        requests.renameAuthority(renamed.authorityId(), renamed.officialName());
    }

    /** "title — authority" of each of these requests of the team, by id; another team's ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> labels(java.util.Collection<Long> ids) {
        Map<Long, String> labels = new HashMap<>();
        if (!ids.isEmpty()) {
            requests.findByTeamIdAndIdIn(currentUser.teamId(), ids).forEach(r -> labels.put(r.getId(),
                    RequestLabel.of(r.getTitle(), r.getAuthority().displayName())));
        }
        return labels;
    }

    /** One page of the list, in the page's order (newest sent first when it has none); no count. */
    @Transactional(readOnly = true)
    public List<FoiRequest> page(RequestFilter filter, Pageable pageable) {
        Long teamId = currentUser.teamId();
        List<Long> ids = listQueries.pageOfIds(teamId, filter, standingContext(filter), pageable);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, FoiRequest> byId = new HashMap<>();
        requests.findByTeamIdAndIdIn(teamId, ids).forEach(request -> byId.put(request.getId(), request));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** A page with the number of matching requests, counted only when the page does not tell. */
    @Transactional(readOnly = true)
    public Page<FoiRequest> list(RequestFilter filter, Pageable pageable) {
        return PageableExecutionUtils.getPage(page(filter, pageable), pageable, () -> count(filter));
    }

    @Transactional(readOnly = true)
    public long count(RequestFilter filter) {
        return listQueries.count(currentUser.teamId(), filter, standingContext(filter));
    }

    /** Where each of these requests stands today, by id (see {@link RequestStanding}). */
    @Transactional(readOnly = true)
    public Map<Long, RequestStanding> standings(java.util.Collection<FoiRequest> shown) {
        Set<Long> underReview = underReview();
        LocalDate today = LocalDate.now(clock);
        Map<Long, RequestStanding> standings = new HashMap<>();
        shown.forEach(r -> standings.put(r.getId(),
                RequestStanding.of(r.getStatus(), r.getResponseDue(), today, underReview.contains(r.getId()))));
        return standings;
    }

    @Transactional(readOnly = true)
    public RequestStanding standing(FoiRequest request) {
        return standings(List.of(request)).get(request.getId());
    }

    private Set<Long> underReview() {
        return challenges.stream().flatMap(c -> c.requestsUnderReview().stream()).collect(java.util.stream.Collectors.toSet());
    }

    private RequestSpecifications.StandingContext standingContext(RequestFilter filter) {
        return filter.standing() == null ? new RequestSpecifications.StandingContext(LocalDate.now(clock), Set.of())
                : new RequestSpecifications.StandingContext(LocalDate.now(clock), underReview());
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

    /**
     * Saves every draft or none: one transaction, so a problem with any of them leaves the team's
     * requests as they were. Each saved request publishes {@link RequestSaved} like a single one,
     * so its deadlines are computed. The persistence context is cleared every few hundred
     * requests: an import of thousands would otherwise make each flush slower than the last.
     *
     * @param onSaved told how many requests are saved so far, for a progress bar
     * @throws InvalidInputException naming the draft (from 1) and its problem, before anything is saved
     */
    @Transactional
    public int createAll(List<RequestDraft> drafts, IntConsumer onSaved) {
        SignedInUser user = currentUser.requireEditor();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                validate(drafts.get(i));
            } catch (InvalidInputException problem) {
                throw new InvalidInputException(problem.field(), "Request " + (i + 1) + ": " + problem.getMessage());
            }
        }
        int saved = 0;
        for (RequestDraft draft : drafts) {
            FoiRequest request = new FoiRequest(user.teamId(), user.userId());
            request.apply(draft);
            events.publishEvent(new RequestSaved(requests.save(request).getId()));
            // Each query of the clock's update flushes the persistence context, checking every
            // request saved so far for changes: cleared after each request, an import stays linear.
            entityManager.flush();
            entityManager.clear();
            if (++saved % PROGRESS_STEP == 0) {
                onSaved.accept(saved);
            }
        }
        onSaved.accept(saved);
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

    /**
     * The mail feature sent the request: records the date and the letter whatever the version,
     * since the letter has already gone and must not be lost to an edit made meanwhile.
     */
    @Transactional
    public FoiRequest recordSentByEmail(Long id, LocalDate sent, String letter) {
        currentUser.requireEditor();
        FoiRequest request = requests.findByIdAndTeamId(id, currentUser.teamId())
                .orElseThrow(() -> new NotFoundException("request"));
        request.recordSentByEmail(sent, letter);
        FoiRequest saved = requests.saveAndFlush(request);
        events.publishEvent(new RequestSaved(saved.getId()));
        return saved;
    }

    /** Stores the clock's current dates; called by the deadline engine's side, never by views. */
    @Transactional
    public void recordClock(Long id, LocalDate responseDue, LocalDate longOverdueAfter, LocalDate firstReply) {
        FoiRequest request = requests.findByIdAndTeamId(id, currentUser.teamId())
                .orElseThrow(() -> new NotFoundException("request"));
        request.recordClock(responseDue, longOverdueAfter, firstReply);
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
    /** Which of these ids are the team's requests. */
    @Transactional(readOnly = true)
    public Set<Long> existing(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(requests.findIdsByTeamIdAndIdIn(currentUser.teamId(), ids));
    }

    /** The team's requests on which this authority reference is recorded, compared upper case without spaces. */
    @Transactional(readOnly = true)
    public Set<Long> withAuthorityReference(String normalisedReference) {
        return new HashSet<>(requests.findIdsByNormalisedReference(currentUser.teamId(), normalisedReference));
    }

    /** The team's sent, not closed requests to authorities whose FOI email is at this domain. */
    @Transactional(readOnly = true)
    public Set<Long> openToAuthorityDomain(String domain) {
        String escaped = domain.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return new HashSet<>(requests.findIdsByAuthorityEmailLike(currentUser.teamId(),
                List.of(RequestStatus.DRAFT, RequestStatus.CLOSED), "%@" + escaped));
    }

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
