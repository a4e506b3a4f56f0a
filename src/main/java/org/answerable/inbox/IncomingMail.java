package org.answerable.inbox;

import org.answerable.audit.Audited;
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
import org.answerable.reply.letter.ReplyType;

/** A message read from the team's mailbox, whether filed, waiting in the Inbox or dismissed. */
@Entity
@Table(name = "incoming_mail")
public class IncomingMail implements Audited {

    public enum State { FILED, INBOX, DISMISSED }

    static final int SUBJECT_MAX_LENGTH = 1000;
    static final int REASON_MAX_LENGTH = 1000;
    static final int PROBLEMS_MAX_LENGTH = 4000;
    static final int REFERENCE_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 200)
    private String dedupeKey;

    @Column(name = "message_id", length = 500)
    private String messageId;

    @Column(name = "from_address", length = 320)
    private String fromAddress;

    @Column(name = "from_name", length = 200)
    private String fromName;

    @Column(length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "inbox_reason", length = REASON_MAX_LENGTH)
    private String inboxReason;

    @Column(length = PROBLEMS_MAX_LENGTH)
    private String problems;

    @Column(name = "body_text", length = MimeMailReader.MAX_TEXT_CHARS)
    private String bodyText;

    @Column(name = "found_reference", length = REFERENCE_MAX_LENGTH)
    private String foundReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "guessed_type", length = 40)
    private ReplyType guessedType;

    @Column(name = "raw_path", length = 500)
    private String rawPath;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "handled_by")
    private Long handledBy;

    @Version
    private long version;

    protected IncomingMail() {
    }

    IncomingMail(Long teamId, String dedupeKey, ReceivedMail mail, MailKind kind, Instant receivedAt, long sizeBytes) {
        this.teamId = teamId;
        this.dedupeKey = dedupeKey;
        this.messageId = limit(mail.messageId(), 500);
        this.fromAddress = limit(mail.fromAddress(), 320);
        this.fromName = limit(mail.fromName(), 200);
        this.subject = limit(mail.subject(), SUBJECT_MAX_LENGTH);
        this.sentAt = mail.sentAt();
        this.receivedAt = receivedAt;
        this.kind = kind;
        this.state = State.INBOX;
        this.bodyText = mail.text() == null || mail.text().isBlank() ? null : mail.text();
        this.problems = mail.problems().isEmpty() ? null : limit(String.join("\n", mail.problems()), PROBLEMS_MAX_LENGTH);
        this.foundReference = AuthorityReferences.in(mail.subject(), mail.text()).stream()
                .filter(r -> r.length() <= REFERENCE_MAX_LENGTH).findFirst().orElse(null);
        this.guessedType = kind == MailKind.LETTER ? ReplyTypeGuesser.guess(mail.subject(), mail.text()) : null;
        this.sizeBytes = sizeBytes;
    }

    void filed() {
        state = State.FILED;
        inboxReason = null;
    }

    void setAside(String reason) {
        state = State.INBOX;
        inboxReason = limit(reason, REASON_MAX_LENGTH);
    }

    void keepRaw(String path) {
        rawPath = path;
    }

    void handledBy(Long userId, State newState) {
        handledBy = userId;
        state = newState;
    }

    static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public Long getTeamId() { return teamId; }
    public String getMessageId() { return messageId; }
    public String getFromAddress() { return fromAddress; }
    public String getFromName() { return fromName; }
    public String getSubject() { return subject; }
    public Instant getSentAt() { return sentAt; }
    public Instant getReceivedAt() { return receivedAt; }
    public MailKind getKind() { return kind; }
    public State getState() { return state; }
    public String getInboxReason() { return inboxReason; }
    public String getProblems() { return problems; }
    public String getBodyText() { return bodyText; }
    public String getFoundReference() { return foundReference; }
    public ReplyType getGuessedType() { return guessedType; }
    String getRawPath() { return rawPath; }
    public long getSizeBytes() { return sizeBytes; }
    public long getVersion() { return version; }

    /** Who it is from, as a person reads it. */
    public String sender() {
        if (fromName != null && !fromName.isBlank()) {
            return fromAddress == null ? fromName : fromName + " <" + fromAddress + ">";
        }
        return fromAddress == null ? "unknown sender" : fromAddress;
    }

    @Override
    public Long teamId() {
        return teamId;
    }

    @Override
    public Long requestId() {
        return null;
    }
}
