package org.answerable.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.answerable.account.SignedInUser;
import org.answerable.authority.Authority;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.request.Channel;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStanding;
import org.answerable.review.ReviewService;
import org.answerable.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A team's campaigns: creating one request per authority, progress, and bulk changes. */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final RequestService requests;
    private final ReviewService reviews;
    private final CurrentUser currentUser;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, RequestService requests, ReviewService reviews,
            CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The team's campaigns, newest first, with how many authorities each went to. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> list() {
        Map<Long, Long> counts = requests.countsByCampaign();
        return campaigns.findByTeamIdOrderByCreatedAtDesc(currentUser.teamId()).stream()
                .map(c -> new CampaignSummary(c.getId(), c.getName(), c.getCreatedAt(),
                        counts.getOrDefault(c.getId(), 0L).intValue()))
                .toList();
    }

    /** The campaign with its questions; another team's id is simply not found. */
    @Transactional(readOnly = true)
    public Campaign get(Long id) {
        Campaign campaign = find(id);
        campaign.loadDetails();
        return campaign;
    }

    @Transactional
    public Campaign create(CampaignDraft draft) {
        SignedInUser user = currentUser.requireEditor();
        String name = draft.getName().trim();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "Give the campaign a name, e.g. \"Child exploitation 2015-2024\"");
        }
        if (name.length() > Campaign.NAME_MAX_LENGTH) {
            throw new InvalidInputException("name", "Keep the name under " + Campaign.NAME_MAX_LENGTH + " characters");
        }
        if (campaigns.existsByTeamIdAndNameIgnoreCase(user.teamId(), name)) {
            throw new InvalidInputException("name", "Your team already has a campaign called \"" + name + "\"");
        }
        List<QuestionDraft> questions = draft.getQuestions().stream().filter(q -> !q.text().isBlank()).toList();
        if (questions.isEmpty()) {
            throw new InvalidInputException("questions", "Add the questions every authority is asked");
        }
        if (draft.getAuthorities().isEmpty()) {
            throw new InvalidInputException("authorities", "Choose the authorities the campaign goes to");
        }
        Campaign campaign = campaigns.saveAndFlush(new Campaign(user.teamId(), user.userId(), name,
                draft.getDescription(), draft.getRequestText(), questions));
        sendTo(campaign, distinct(draft.getAuthorities()), draft.getDateSent());
        return campaign;
    }

    @Transactional
    public Campaign describe(Long id, long version, String name, String description) {
        currentUser.requireEditor();
        Campaign campaign = find(id);
        if (campaign.getVersion() != version) {
            throw new ConcurrentEditException("campaign");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Give the campaign a name");
        }
        if (!campaign.getName().equalsIgnoreCase(name.trim())
                && campaigns.existsByTeamIdAndNameIgnoreCase(campaign.getTeamId(), name.trim())) {
            throw new InvalidInputException("name", "Your team already has a campaign called \"" + name.trim() + "\"");
        }
        campaign.describe(name, description);
        return campaigns.saveAndFlush(campaign);
    }

    /** Sends the campaign to more authorities; those it already went to are left as they are. */
    @Transactional
    public int addAuthorities(Long campaignId, Collection<Authority> authorities, LocalDate dateSent) {
        currentUser.requireEditor();
        Campaign campaign = get(campaignId);
        Set<Long> already = new HashSet<>();
        requests.inCampaign(campaignId).forEach(r -> already.add(r.getAuthority().getId()));
        List<Authority> added = distinct(authorities).stream().filter(a -> !already.contains(a.getId())).toList();
        sendTo(campaign, added, dateSent);
        return added.size();
    }

    /** Takes one authority's request out of the campaign; the request and its replies are kept. */
    @Transactional
    public void remove(Long campaignId, Long requestId) {
        currentUser.requireEditor();
        requireInCampaign(campaignId, List.of(requestId));
        requests.leaveCampaign(requestId);
    }

    /** Records the date the selected requests were sent, which starts their clocks. */
    @Transactional
    public void markSent(Long campaignId, Collection<Long> requestIds, LocalDate dateSent) {
        currentUser.requireEditor();
        if (dateSent == null) {
            throw new InvalidInputException("dateSent", "Choose the date the requests were sent");
        }
        for (FoiRequest request : requireInCampaign(campaignId, requestIds)) {
            RequestDraft draft = RequestDraft.of(requests.get(request.getId()));
            draft.setDateSent(dateSent);
            draft.setDateReceived(null);
            requests.update(request.getId(), draft);
        }
    }

    @Transactional
    public void addTag(Long campaignId, Collection<Long> requestIds, String tag) {
        currentUser.requireEditor();
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException("tag", "Type the tag to add");
        }
        for (FoiRequest request : requireInCampaign(campaignId, requestIds)) {
            RequestDraft draft = RequestDraft.of(requests.get(request.getId()));
            draft.getTags().add(tag);
            requests.update(request.getId(), draft);
        }
    }

    /** Every request of the campaign with where it stands today. */
    @Transactional(readOnly = true)
    public List<CampaignRow> rows(Long campaignId) {
        find(campaignId);
        List<FoiRequest> found = requests.inCampaign(campaignId);
        Set<Long> underReview = reviews.underReview(found.stream().map(FoiRequest::getId).toList());
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(r -> new CampaignRow(r.getId(), r.getAuthority().displayName(),
                        r.getAuthority().getCode(), r.getDateSent(), r.getAuthorityReference(), r.getStatus(),
                        r.getResponseDue(),
                        RequestStanding.of(r.getStatus(), r.getResponseDue(), today, underReview.contains(r.getId()))))
                .sorted(Comparator.comparing(CampaignRow::authorityName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public CampaignProgress progress(Long campaignId) {
        return CampaignProgress.of(rows(campaignId));
    }

    private void sendTo(Campaign campaign, List<Authority> authorities, LocalDate dateSent) {
        List<QuestionDraft> questions = campaign.getQuestions().stream()
                .map(q -> new QuestionDraft(q.getLabel(), q.getText(), q.getId())).toList();
        for (Authority authority : authorities) {
            RequestDraft request = new RequestDraft();
            request.setTitle(campaign.getName());
            request.setAuthority(authority);
            request.setRegime(authority.getDefaultRegime());
            request.setChannel(Channel.EMAIL);
            request.setDateSent(dateSent);
            request.setRequestText(campaign.getRequestText() == null ? "" : campaign.getRequestText());
            request.setQuestions(questions);
            request.setCampaignId(campaign.getId());
            requests.create(request);
        }
    }

    private List<FoiRequest> requireInCampaign(Long campaignId, Collection<Long> requestIds) {
        find(campaignId);
        if (requestIds.isEmpty()) {
            throw new InvalidInputException("selection", "Select the requests first");
        }
        Map<Long, FoiRequest> inCampaign = new LinkedHashMap<>();
        requests.inCampaign(campaignId).forEach(r -> inCampaign.put(r.getId(), r));
        List<FoiRequest> selected = new ArrayList<>();
        for (Long id : requestIds) {
            FoiRequest request = inCampaign.get(id);
            if (request == null) {
                throw new NotFoundException("request");
            }
            selected.add(request);
        }
        return selected;
    }

    private Campaign find(Long id) {
        return campaigns.findByIdAndTeamId(id, currentUser.teamId()).orElseThrow(() -> new NotFoundException("campaign"));
    }

    private static List<Authority> distinct(Collection<Authority> authorities) {
        Map<Long, Authority> byId = new LinkedHashMap<>();
        authorities.forEach(a -> byId.putIfAbsent(a.getId(), a));
        return List.copyOf(byId.values());
    }
}
