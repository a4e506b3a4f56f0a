package org.answerable.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.answerable.authority.Authority;
import org.answerable.authority.Regime;

/** The new/edit request form's content. Messages are shown next to the fields as written. */
public class RequestDraft {

    public static final int MAX_TAGS = 20;

    @NotBlank(message = "Give the request a title, e.g. \"Child exploitation 2015-2024\"")
    @Size(max = FoiRequest.TITLE_MAX_LENGTH, message = "Keep the title under " + FoiRequest.TITLE_MAX_LENGTH + " characters")
    private String title = "";

    @NotNull(message = "Choose the authority the request goes to")
    private Authority authority;

    @NotNull(message = "Choose the law the request is made under")
    private Regime regime;

    private LocalDate dateSent;

    private LocalDate dateReceived;

    @NotNull(message = "Choose how the request was sent")
    private Channel channel = Channel.EMAIL;

    @Size(max = FoiRequest.URL_MAX_LENGTH, message = "That web address is too long")
    @Pattern(regexp = "^$|^https?://\\S+$", message = "Enter the request's web address, starting with https://")
    private String wdtkUrl = "";

    @Size(max = FoiRequest.REFERENCE_MAX_LENGTH, message = "Keep the reference under " + FoiRequest.REFERENCE_MAX_LENGTH + " characters")
    private String authorityReference = "";

    @Size(max = FoiRequest.TEXT_MAX_LENGTH, message = "The request text is limited to " + FoiRequest.TEXT_MAX_LENGTH + " characters")
    private String requestText = "";

    private Set<String> tags = new LinkedHashSet<>();

    private List<QuestionDraft> questions = new ArrayList<>();

    private long version;

    private Long campaignId;

    public static RequestDraft of(FoiRequest request) {
        RequestDraft d = new RequestDraft();
        d.title = request.getTitle();
        d.authority = request.getAuthority();
        d.regime = request.getRegime();
        d.dateSent = request.getDateSent();
        d.dateReceived = request.getDateReceived();
        d.channel = request.getChannel();
        d.wdtkUrl = orEmpty(request.getWdtkUrl());
        d.authorityReference = orEmpty(request.getAuthorityReference());
        d.requestText = orEmpty(request.getRequestText());
        d.tags = new LinkedHashSet<>(request.getTags());
        d.questions = request.getQuestions().stream().map(q -> new QuestionDraft(q.getLabel(), q.getText(), q.getCampaignQuestionId())).toList();
        d.version = request.getVersion();
        d.campaignId = request.getCampaignId();
        return d;
    }

    /** Tags trimmed, lower-cased and de-duplicated, so "Education" and "education " are one tag. */
    Set<String> normalisedTags() {
        Set<String> result = new LinkedHashSet<>();
        tags.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).forEach(result::add);
        return result;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Authority getAuthority() { return authority; }
    public void setAuthority(Authority authority) { this.authority = authority; }
    public Regime getRegime() { return regime; }
    public void setRegime(Regime regime) { this.regime = regime; }
    public LocalDate getDateSent() { return dateSent; }
    public void setDateSent(LocalDate dateSent) { this.dateSent = dateSent; }
    public LocalDate getDateReceived() { return dateReceived; }
    public void setDateReceived(LocalDate dateReceived) { this.dateReceived = dateReceived; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getWdtkUrl() { return wdtkUrl; }
    public void setWdtkUrl(String wdtkUrl) { this.wdtkUrl = wdtkUrl; }
    public String getAuthorityReference() { return authorityReference; }
    public void setAuthorityReference(String authorityReference) { this.authorityReference = authorityReference; }
    public String getRequestText() { return requestText; }
    public void setRequestText(String requestText) { this.requestText = requestText; }
    public Set<String> getTags() { return tags; }
    public void setTags(Set<String> tags) { this.tags = tags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(tags); }
    public List<QuestionDraft> getQuestions() { return questions; }
    public void setQuestions(List<QuestionDraft> questions) { this.questions = List.copyOf(questions); }
    public long getVersion() { return version; }
    public Long getCampaignId() { return campaignId; }
    /** Set by the campaign feature when it creates the campaign's requests. */
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
}
