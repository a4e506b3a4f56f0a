package org.answerable.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.answerable.audit.Audited;

/**
 * A complaint to the ICO or the Scottish Information Commissioner after an internal review, its
 * decision notice, and any appeal against that notice. One record, as each step follows the last.
 */
@Entity
@Table(name = "commissioner_complaint")
public class CommissionerComplaint implements Audited {

    public static final int REFERENCE_MAX_LENGTH = 100;
    public static final int STEPS_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "review_id", nullable = false, updatable = false)
    private Long reviewId;

    @Column(name = "date_sent")
    private LocalDate dateSent;

    @Column(name = "case_reference", length = REFERENCE_MAX_LENGTH)
    private String caseReference;

    @Column(name = "decision_notice_reference", length = REFERENCE_MAX_LENGTH)
    private String decisionNoticeReference;

    @Column(name = "decision_notice_date")
    private LocalDate decisionNoticeDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private ComplaintOutcome outcome;

    @Column(name = "steps_required", length = STEPS_MAX_LENGTH)
    private String stepsRequired;

    @Column(name = "steps_due_by")
    private LocalDate stepsDueBy;

    @Column(name = "appeal_lodged")
    private LocalDate appealLodged;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome", length = 40)
    private AppealOutcome appealOutcome;

    @Column(name = "appeal_outcome_date")
    private LocalDate appealOutcomeDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CommissionerComplaint() {
    }

    CommissionerComplaint(Long teamId, Long requestId, Long reviewId) {
        this.teamId = teamId;
        this.requestId = requestId;
        this.reviewId = reviewId;
        this.createdAt = Instant.now();
    }

    void apply(ComplaintDraft draft) {
        dateSent = draft.dateSent();
        caseReference = blankToNull(draft.caseReference());
        decisionNoticeReference = blankToNull(draft.decisionNoticeReference());
        decisionNoticeDate = draft.decisionNoticeDate();
        outcome = draft.outcome();
        stepsRequired = blankToNull(draft.stepsRequired());
        stepsDueBy = draft.stepsDueBy();
        appealLodged = draft.appealLodged();
        appealOutcome = draft.appealOutcome();
        appealOutcomeDate = draft.appealOutcomeDate();
        updatedAt = Instant.now();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public Long getReviewId() { return reviewId; }
    public LocalDate getDateSent() { return dateSent; }
    public String getCaseReference() { return caseReference; }
    public String getDecisionNoticeReference() { return decisionNoticeReference; }
    public LocalDate getDecisionNoticeDate() { return decisionNoticeDate; }
    public ComplaintOutcome getOutcome() { return outcome; }
    public String getStepsRequired() { return stepsRequired; }
    public LocalDate getStepsDueBy() { return stepsDueBy; }
    public LocalDate getAppealLodged() { return appealLodged; }
    public AppealOutcome getAppealOutcome() { return appealOutcome; }
    public LocalDate getAppealOutcomeDate() { return appealOutcomeDate; }
    public long getVersion() { return version; }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return requestId; }
    @Override public String auditLabel() { return "Commissioner complaint"; }
}
