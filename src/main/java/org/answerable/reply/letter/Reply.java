package org.answerable.reply.letter;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.answerable.audit.Audited;
import org.answerable.deadline.DateText;

/** A letter from the authority about a request, with its attachments. */
@Entity
@Table(name = "reply")
public class Reply implements Audited {

    public static final int REFERENCE_MAX_LENGTH = 100;
    public static final int LETTER_MAX_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_type", nullable = false, length = 40)
    private ReplyType type;

    @Column(name = "date_received", nullable = false)
    private LocalDate dateReceived;

    @Column(name = "authority_reference", length = REFERENCE_MAX_LENGTH)
    private String authorityReference;

    @Column(name = "letter_text", length = LETTER_MAX_LENGTH)
    private String letterText;

    @Column(name = "timeline_event_id")
    private Long timelineEventId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "reply", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected Reply() {
    }

    Reply(Long teamId, Long requestId, ReplyDraft draft, Long createdBy) {
        this.teamId = teamId;
        this.requestId = requestId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        change(draft);
    }

    void change(ReplyDraft draft) {
        this.type = draft.type();
        this.dateReceived = draft.dateReceived();
        this.authorityReference = blankToNull(draft.authorityReference());
        this.letterText = blankToNull(draft.letterText());
        this.updatedAt = Instant.now();
    }

    void linkTimelineEvent(Long eventId) {
        this.timelineEventId = eventId;
    }

    Attachment attach(StoredFile file) {
        Attachment attachment = new Attachment(this, file);
        attachments.add(attachment);
        return attachment;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public Long getTeamId() { return teamId; }
    public Long getRequestId() { return requestId; }
    public ReplyType getType() { return type; }
    public LocalDate getDateReceived() { return dateReceived; }
    public String getAuthorityReference() { return authorityReference; }
    public String getLetterText() { return letterText; }
    public Long getTimelineEventId() { return timelineEventId; }
    public long getVersion() { return version; }
    public List<Attachment> getAttachments() { return List.copyOf(attachments); }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return requestId; }
    @Override public String auditLabel() { return "letter '" + type.label() + ", " + DateText.of(dateReceived) + "'"; }
}
