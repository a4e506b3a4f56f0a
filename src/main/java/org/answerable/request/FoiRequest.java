package org.answerable.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.answerable.audit.Audited;
import org.answerable.authority.Authority;
import org.answerable.authority.Regime;

/** A Freedom of Information request a team sent (or is drafting) to one authority. */
@Entity
@Table(name = "foi_request")
public class FoiRequest implements Audited {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int REFERENCE_MAX_LENGTH = 100;
    public static final int TEXT_MAX_LENGTH = 20_000;
    public static final int URL_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private Authority authority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Regime regime;

    @Column(name = "date_sent")
    private LocalDate dateSent;

    @Column(name = "date_received")
    private LocalDate dateReceived;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "wdtk_url", length = URL_MAX_LENGTH)
    private String wdtkUrl;

    @Column(name = "authority_reference", length = REFERENCE_MAX_LENGTH)
    private String authorityReference;

    @Column(name = "request_text", length = TEXT_MAX_LENGTH)
    private String requestText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestStatus status;

    /** The clock's dates as last computed, so lists and the dashboard can filter by them. */
    @Column(name = "response_due")
    private LocalDate responseDue;

    @Column(name = "long_overdue_after")
    private LocalDate longOverdueAfter;

    /** The earliest reply recorded on the timeline, kept so the on-time figures need no event lookups. */
    @Column(name = "first_reply_date")
    private LocalDate firstReplyDate;

    /** A copy of the authority's name for the list to sort on with an index (V12). */
    @Column(name = "authority_name", nullable = false)
    private String authorityName;

    @Column(name = "created_by")
    private Long createdBy;

    /** The campaign this request was sent in, if any; the campaign feature owns the link. */
    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Question> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "request_tag", joinColumns = @JoinColumn(name = "request_id"))
    private Set<RequestTag> tags = new LinkedHashSet<>();

    /** What the list's search matches; kept in step with the text fields and tags by {@link #apply}. */
    @ElementCollection
    @CollectionTable(name = "request_search_word", joinColumns = @JoinColumn(name = "request_id"))
    private Set<SearchWord> searchWords = new LinkedHashSet<>();

    @Version
    private long version;

    protected FoiRequest() {
    }

    FoiRequest(Long teamId, Long createdBy) {
        this.teamId = teamId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.status = RequestStatus.DRAFT;
    }

    /** Copies the validated form onto the request, keeping question rows where they still exist. */
    void apply(RequestDraft draft) {
        title = draft.getTitle().trim();
        authority = draft.getAuthority();
        authorityName = authority.getOfficialName();
        regime = draft.getRegime();
        dateSent = draft.getDateSent();
        dateReceived = draft.getDateSent() == null ? null
                : draft.getDateReceived() == null ? draft.getDateSent() : draft.getDateReceived();
        channel = draft.getChannel();
        wdtkUrl = blankToNull(draft.getWdtkUrl());
        authorityReference = blankToNull(draft.getAuthorityReference());
        requestText = blankToNull(draft.getRequestText());
        campaignId = draft.getCampaignId();
        replaceQuestions(draft.getQuestions());
        tags.clear();
        draft.normalisedTags().forEach(tag -> tags.add(new RequestTag(teamId, tag)));
        refreshSearchWords();
        if (status == RequestStatus.DRAFT || status == RequestStatus.AWAITING_RESPONSE) {
            status = openStatus();
        }
        updatedAt = Instant.now();
    }

    /**
     * The app sent this request by email: it was received the same day (FOI_RULES §0, and FOISA
     * s74 for electronic requests) and the letter as sent becomes the request's text. A request
     * someone marked as sent meanwhile keeps the dates they gave.
     */
    void recordSentByEmail(LocalDate sent, String letter) {
        if (dateSent != null) {
            return;
        }
        dateSent = sent;
        dateReceived = sent;
        channel = Channel.EMAIL;
        requestText = letter.length() > TEXT_MAX_LENGTH ? letter.substring(0, TEXT_MAX_LENGTH) : letter;
        refreshSearchWords();
        if (status == RequestStatus.DRAFT) {
            status = RequestStatus.AWAITING_RESPONSE;
        }
        updatedAt = Instant.now();
    }

    /** Records what the deadline engine computed; a recorded response ({@code firstReply}) ends the wait. */
    void recordClock(LocalDate responseDue, LocalDate longOverdueAfter, LocalDate firstReply) {
        boolean responded = firstReply != null;
        this.responseDue = responseDue;
        this.longOverdueAfter = longOverdueAfter;
        this.firstReplyDate = firstReply;
        if (responded && status == RequestStatus.AWAITING_RESPONSE) {
            status = RequestStatus.RESPONDED;
        } else if (!responded && status == RequestStatus.RESPONDED) {
            status = openStatus();
        }
    }

    /**
     * The answers decide the status once there are any ({@code null}: none left). A draft or a
     * closed request keeps its status.
     */
    void recordAnswerOutcome(RequestStatus outcome) {
        if (status == RequestStatus.DRAFT || status == RequestStatus.CLOSED) {
            return;
        }
        if (outcome != null) {
            status = outcome;
        } else if (status.isOutcome()) {
            status = RequestStatus.RESPONDED;
        }
    }

    private void refreshSearchWords() {
        Set<SearchWord> words = new LinkedHashSet<>();
        SearchWords.of(title, authorityReference, requestText, String.join(" ", getTags()))
                .forEach(word -> words.add(new SearchWord(teamId, word)));
        searchWords.retainAll(words);
        searchWords.addAll(words);
    }

    private RequestStatus openStatus() {
        return dateSent == null ? RequestStatus.DRAFT : RequestStatus.AWAITING_RESPONSE;
    }

    private void replaceQuestions(List<QuestionDraft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft d = drafts.get(i);
            if (i < questions.size()) {
                questions.get(i).rewrite(i, d);
            } else {
                questions.add(new Question(this, i, d));
            }
        }
        while (questions.size() > drafts.size()) {
            questions.removeLast();
        }
    }

    /** Loads both collections while the transaction is open: pages read them after it ends. */
    void loadDetails() {
        questions.size();
        tags.size();
    }

    void leaveCampaign() {
        campaignId = null;
        questions.forEach(Question::leaveCampaign);
        updatedAt = Instant.now();
    }

    void close() {
        status = RequestStatus.CLOSED;
        updatedAt = Instant.now();
    }

    /** Back to waiting; the deadline engine moves it to "responded" again if a reply is recorded. */
    void reopen() {
        status = openStatus();
        updatedAt = Instant.now();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() { return id; }
    public Long getTeamId() { return teamId; }
    public Long getCampaignId() { return campaignId; }
    public long getVersion() { return version; }
    public String getTitle() { return title; }
    public Authority getAuthority() { return authority; }
    public Regime getRegime() { return regime; }
    public LocalDate getDateSent() { return dateSent; }
    public LocalDate getDateReceived() { return dateReceived; }
    public Channel getChannel() { return channel; }
    public String getWdtkUrl() { return wdtkUrl; }
    public String getAuthorityReference() { return authorityReference; }
    public String getRequestText() { return requestText; }
    public RequestStatus getStatus() { return status; }
    public LocalDate getResponseDue() { return responseDue; }
    public LocalDate getLongOverdueAfter() { return longOverdueAfter; }
    public LocalDate getFirstReplyDate() { return firstReplyDate; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    public List<Question> getQuestions() {
        return questions.stream().sorted(Comparator.comparingInt(Question::getSortOrder)).toList();
    }

    public List<String> getTags() {
        return tags.stream().map(RequestTag::tag).sorted().toList();
    }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return id; }
    @Override public String auditLabel() { return "the request"; }
}
