package org.answerable.reply.answer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.answerable.audit.Audited;
import org.answerable.reply.Outcome;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;

/** The authority's answer to one question: outcome, text, provisions cited, reasoning and data. */
@Entity
@Table(name = "answer")
public class Answer implements Audited {

    public static final int TEXT_MAX_LENGTH = 100_000;
    public static final int REASONING_MAX_LENGTH = 20_000;
    public static final int COST_MAX_LENGTH = 100;
    public static final int REDIRECT_MAX_LENGTH = 500;
    public static final int TABLE_MAX_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private Long questionId;

    @Column(name = "reply_id")
    private Long replyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Outcome outcome;

    @Column(name = "answer_text", length = TEXT_MAX_LENGTH)
    private String answerText;

    @Column(name = "public_interest_test_stated", nullable = false)
    private boolean publicInterestTestStated;

    @Column(name = "cost_estimate", length = COST_MAX_LENGTH)
    private String costEstimate;

    @Column(length = REASONING_MAX_LENGTH)
    private String reasoning;

    @Column(name = "redirect_to", length = REDIRECT_MAX_LENGTH)
    private String redirectTo;

    /** The answer's table of figures as JSON; see {@link DataTableJson}. */
    @Column(name = "data_table", length = TABLE_MAX_LENGTH)
    private String dataTable;

    @ElementCollection
    @CollectionTable(name = "answer_provision", joinColumns = @JoinColumn(name = "answer_id"))
    private Set<AnswerProvision> provisions = new LinkedHashSet<>();

    /*
     * Copies of what the refusals view filters and sorts on, so a page is read in index order
     * (V8). The request's and question's columns are the truth: AnswerService copies them again
     * when a request is saved, with an update statement, never through this entity.
     */
    @Column(name = "in_refusals", nullable = false)
    private boolean inRefusals;

    @Column(name = "request_sent", updatable = false)
    private LocalDate requestSent;

    @Column(name = "authority_id", updatable = false)
    private Long authorityId;

    @Column(name = "question_order", nullable = false, updatable = false)
    private int questionOrder;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Answer() {
    }

    Answer(Long teamId, FoiRequest request, Question question) {
        this.teamId = teamId;
        this.requestId = request.getId();
        this.questionId = question.getId();
        this.requestSent = request.getDateSent();
        this.authorityId = request.getAuthority().getId();
        this.questionOrder = question.getSortOrder();
        this.createdAt = Instant.now();
    }

    void apply(AnswerDraft draft, String tableJson) {
        outcome = draft.outcome();
        inRefusals = outcome.isRefusal() || outcome.isPartRefusal();
        replyId = draft.replyId();
        answerText = blankToNull(draft.answerText());
        publicInterestTestStated = draft.publicInterestTestStated();
        costEstimate = blankToNull(draft.costEstimate());
        reasoning = blankToNull(draft.reasoning());
        redirectTo = blankToNull(draft.redirectTo());
        dataTable = tableJson;
        provisions.clear();
        draft.provisionCodes().forEach(code -> provisions.add(new AnswerProvision(teamId, code)));
        updatedAt = Instant.now();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public Long getTeamId() { return teamId; }
    public Long getRequestId() { return requestId; }
    public Long getQuestionId() { return questionId; }
    public Long getReplyId() { return replyId; }
    public Outcome getOutcome() { return outcome; }
    public String getAnswerText() { return answerText; }
    public boolean isPublicInterestTestStated() { return publicInterestTestStated; }
    public String getCostEstimate() { return costEstimate; }
    public String getReasoning() { return reasoning; }
    public String getRedirectTo() { return redirectTo; }
    String getDataTableJson() { return dataTable; }
    public long getVersion() { return version; }

    public List<String> getProvisionCodes() {
        return provisions.stream().map(AnswerProvision::code).sorted().toList();
    }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return requestId; }
}
