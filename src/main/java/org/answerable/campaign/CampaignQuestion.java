package org.answerable.campaign;

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

/** One question of a campaign's set; each request of the campaign has a copy linked to it. */
@Entity
@Table(name = "campaign_question")
public class CampaignQuestion implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 20)
    private String label;

    @Column(name = "question_text", nullable = false, length = 5000)
    private String text;

    @Version
    private long version;

    protected CampaignQuestion() {
    }

    CampaignQuestion(Campaign campaign, int sortOrder, String label, String text) {
        this.campaign = campaign;
        this.teamId = campaign.getTeamId();
        this.sortOrder = sortOrder;
        this.label = label;
        this.text = text;
    }

    public Long getId() { return id; }
    public int getSortOrder() { return sortOrder; }
    public String getLabel() { return label; }
    public String getText() { return text; }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return null; }
    @Override public String auditLabel() { return "campaign question " + label; }
}
