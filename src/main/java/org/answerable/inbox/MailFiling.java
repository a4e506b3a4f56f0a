package org.answerable.inbox;

import org.answerable.audit.Audited;
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
import java.time.Instant;

/** A message filed to one request: the reply it became (none for a bounce or automatic reply) and the rule. */
@Entity
@Table(name = "incoming_mail_filing")
public class MailFiling implements Audited {

    static final int NOTE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "incoming_mail_id", nullable = false, updatable = false)
    private IncomingMail mail;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "reply_id")
    private Long replyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_rule", nullable = false, length = 30)
    private MatchRule rule;

    @Column(name = "type_confirmed", nullable = false)
    private boolean typeConfirmed;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Version
    private long version;

    protected MailFiling() {
    }

    MailFiling(IncomingMail mail, Long requestId, Long replyId, MatchRule rule, String note, Instant filedAt) {
        this.teamId = mail.getTeamId();
        this.mail = mail;
        this.requestId = requestId;
        this.replyId = replyId;
        this.rule = rule;
        this.note = IncomingMail.limit(note, NOTE_MAX_LENGTH);
        this.filedAt = filedAt;
        this.typeConfirmed = rule == MatchRule.BY_HAND;
    }

    void confirmType() {
        typeConfirmed = true;
    }

    public Long getId() { return id; }
    public IncomingMail getMail() { return mail; }
    public Long getRequestId() { return requestId; }
    public Long getReplyId() { return replyId; }
    public MatchRule getRule() { return rule; }
    public boolean isTypeConfirmed() { return typeConfirmed; }
    public String getNote() { return note; }
    public Instant getFiledAt() { return filedAt; }
    public long getVersion() { return version; }

    @Override
    public Long teamId() {
        return teamId;
    }

    @Override
    public Long requestId() {
        return requestId;
    }
}
