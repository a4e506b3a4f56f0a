package org.answerable.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.answerable.audit.Audited;

/**
 * A letter the app sent, exactly as the mail server accepted it. Its Message-ID is how a reply's
 * In-Reply-To or References header finds the request again.
 */
@Entity
@Table(name = "sent_mail")
public class SentMail implements Audited {

    public static final int SUBJECT_MAX_LENGTH = 500;
    public static final int BODY_MAX_LENGTH = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "message_id", nullable = false, updatable = false, length = 500)
    private String messageId;

    @Column(name = "to_address", nullable = false, updatable = false, length = 320)
    private String toAddress;

    @Column(name = "reply_to", updatable = false, length = 320)
    private String replyTo;

    @Column(nullable = false, updatable = false, length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(nullable = false, updatable = false, length = BODY_MAX_LENGTH)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "sent_by", updatable = false)
    private Long sentBy;

    @Version
    private long version;

    protected SentMail() {
    }

    SentMail(Long teamId, Long requestId, String messageId, String toAddress, String replyTo, String subject,
            String body, Instant sentAt, Long sentBy) {
        this.teamId = teamId;
        this.requestId = requestId;
        this.messageId = messageId;
        this.toAddress = toAddress;
        this.replyTo = replyTo;
        this.subject = subject;
        this.body = body;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
    }

    public Long getId() { return id; }
    public Long getTeamId() { return teamId; }
    public Long getRequestId() { return requestId; }
    /** With its angle brackets, as in the header: {@code <ans-12.4f1c…@example.org>}. */
    public String getMessageId() { return messageId; }
    public String getToAddress() { return toAddress; }
    public String getReplyTo() { return replyTo; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getSentAt() { return sentAt; }
    public Long getSentBy() { return sentBy; }
    public long getVersion() { return version; }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return requestId; }
    @Override public String auditLabel() { return "the letter sent by email"; }
}
