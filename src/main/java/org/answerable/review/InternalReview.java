package org.answerable.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.answerable.audit.Audited;
import org.answerable.deadline.DateText;

/** A request to the authority to look again at its response, answer by answer. */
@Entity
@Table(name = "internal_review")
public class InternalReview implements Audited {

    public static final int LETTER_MAX_LENGTH = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    /** The response challenged, when it was recorded as a letter. */
    @Column(name = "reply_id")
    private Long replyId;

    /** Starts the window to ask for a review. */
    @Column(name = "response_received", nullable = false)
    private LocalDate responseReceived;

    @Column(name = "letter_text", length = LETTER_MAX_LENGTH)
    private String letterText;

    @Column(name = "date_sent")
    private LocalDate dateSent;

    /** FOIA only: the authority said the review is complex, allowing up to 40 working days (Code 5.5). */
    @Column(nullable = false)
    private boolean extended;

    @Column(name = "outcome_date")
    private LocalDate outcomeDate;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReviewChallenge> challenges = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected InternalReview() {
    }

    InternalReview(Long teamId, Long requestId, Long replyId, LocalDate responseReceived) {
        this.teamId = teamId;
        this.requestId = requestId;
        this.replyId = replyId;
        this.responseReceived = responseReceived;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void challenge(Long answerId, Set<ReviewGround> grounds, String groundsText) {
        challenges.add(new ReviewChallenge(this, answerId, grounds, groundsText));
    }

    void recordLetter(String text, LocalDate sent, boolean extended) {
        this.letterText = text == null || text.isBlank() ? null : text.strip();
        this.dateSent = sent;
        this.extended = extended;
        this.updatedAt = Instant.now();
    }

    void recordOutcome(LocalDate date) {
        this.outcomeDate = date;
        this.updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getTeamId() { return teamId; }
    public Long getRequestId() { return requestId; }
    public Long getReplyId() { return replyId; }
    public LocalDate getResponseReceived() { return responseReceived; }
    public String getLetterText() { return letterText; }
    public LocalDate getDateSent() { return dateSent; }
    public boolean isExtended() { return extended; }
    public LocalDate getOutcomeDate() { return outcomeDate; }
    public List<ReviewChallenge> getChallenges() { return List.copyOf(challenges); }
    public long getVersion() { return version; }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return requestId; }
    @Override public String auditLabel() { return "internal review of the response of " + DateText.of(responseReceived); }
}
