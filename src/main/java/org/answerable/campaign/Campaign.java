package org.answerable.campaign;

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
import java.util.ArrayList;
import java.util.List;
import org.answerable.audit.Audited;
import org.answerable.request.QuestionDraft;

/** The same questions sent to many authorities, one request each, so their answers can be compared. */
@Entity
@Table(name = "campaign")
public class Campaign implements Audited {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "request_text", length = 20_000)
    private String requestText;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CampaignQuestion> questions = new ArrayList<>();

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(Long teamId, Long createdBy, String name, String description, String requestText,
            List<QuestionDraft> questionDrafts) {
        this.teamId = teamId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        describe(name, description);
        this.requestText = requestText == null || requestText.isBlank() ? null : requestText.trim();
        for (int i = 0; i < questionDrafts.size(); i++) {
            QuestionDraft q = questionDrafts.get(i);
            questions.add(new CampaignQuestion(this, i, q.label().trim(), q.text().trim()));
        }
    }

    void describe(String newName, String newDescription) {
        this.name = newName.trim();
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.trim();
        this.updatedAt = Instant.now();
    }

    /** Loads the questions while the transaction is open: pages read them after it ends. */
    void loadDetails() {
        questions.size();
    }

    public Long getId() { return id; }
    public Long getTeamId() { return teamId; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public String getRequestText() { return requestText; }
    public Instant getCreatedAt() { return createdAt; }
    public List<CampaignQuestion> getQuestions() { return List.copyOf(questions); }
    public long getVersion() { return version; }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return null; }
    @Override public String auditLabel() { return "campaign " + name; }
}
