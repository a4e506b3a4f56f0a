package org.answerable.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.answerable.audit.Audited;

/** One answer challenged in an internal review: the grounds given, then what the review decided. */
@Entity
@Table(name = "review_challenge")
public class ReviewChallenge implements Audited {

    public static final int GROUNDS_TEXT_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    private InternalReview review;

    @Column(name = "answer_id", nullable = false, updatable = false)
    private Long answerId;

    @Column(length = 400)
    private String grounds;

    @Column(name = "grounds_text", length = GROUNDS_TEXT_MAX_LENGTH)
    private String groundsText;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private ChallengeOutcome outcome;

    @Version
    private long version;

    protected ReviewChallenge() {
    }

    ReviewChallenge(InternalReview review, Long answerId, Set<ReviewGround> grounds, String groundsText) {
        this.review = review;
        this.teamId = review.getTeamId();
        this.answerId = answerId;
        this.grounds = grounds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.groundsText = groundsText == null || groundsText.isBlank() ? null : groundsText.strip();
    }

    void decide(ChallengeOutcome outcome) {
        this.outcome = outcome;
    }

    public Long getId() { return id; }
    public Long getAnswerId() { return answerId; }
    public String getGroundsText() { return groundsText; }
    public ChallengeOutcome getOutcome() { return outcome; }

    public Set<ReviewGround> getGrounds() {
        Set<ReviewGround> set = EnumSet.noneOf(ReviewGround.class);
        if (grounds != null && !grounds.isBlank()) {
            Arrays.stream(grounds.split(",")).map(ReviewGround::valueOf).forEach(set::add);
        }
        return set;
    }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return review.getRequestId(); }
    @Override public String auditLabel() { return "challenged answer"; }
}
