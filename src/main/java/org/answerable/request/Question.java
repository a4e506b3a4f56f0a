package org.answerable.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.answerable.audit.Audited;

/** One numbered question of a request, labelled as the campaigner wrote it ("1", "a)", "Q3"). */
@Entity
@Table(name = "request_question")
public class Question implements Audited {

    public static final int LABEL_MAX_LENGTH = 20;
    public static final int TEXT_MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private FoiRequest request;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = LABEL_MAX_LENGTH)
    private String label;

    @Column(name = "question_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "campaign_question_id")
    private Long campaignQuestionId;

    @Version
    private long version;

    protected Question() {
    }

    Question(FoiRequest request, int sortOrder, QuestionDraft draft) {
        this.request = request;
        this.teamId = request.getTeamId();
        rewrite(sortOrder, draft);
    }

    void rewrite(int sortOrder, QuestionDraft draft) {
        this.sortOrder = sortOrder;
        this.label = draft.label().trim();
        this.text = draft.text().trim();
        this.campaignQuestionId = draft.campaignQuestionId();
    }

    void leaveCampaign() {
        campaignQuestionId = null;
    }

    public Long getId() { return id; }
    public int getSortOrder() { return sortOrder; }
    public String getLabel() { return label; }
    public String getText() { return text; }
    public Long getCampaignQuestionId() { return campaignQuestionId; }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return request.getId(); }
    @Override public String auditLabel() { return "question " + label; }
}
