package org.answerable.mail;

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
import org.answerable.audit.Audited;

/**
 * A team's mailbox: the SMTP account its requests are sent from and the IMAP mailbox replies are
 * read from. Passwords are kept only as {@link MailSecretCipher} ciphertext.
 */
@Entity
@Table(name = "team_mail_settings")
public class TeamMailSettings implements Audited {

    public static final int HOST_MAX_LENGTH = 255;
    public static final int ADDRESS_MAX_LENGTH = 320;
    public static final int NAME_MAX_LENGTH = 200;
    public static final int SIGNATURE_MAX_LENGTH = 2000;
    public static final int FOLDER_MAX_LENGTH = 200;
    public static final int PASSWORD_MAX_LENGTH = 500;
    public static final int DEFAULT_POLL_MINUTES = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "smtp_host", length = HOST_MAX_LENGTH)
    private String smtpHost;

    @Column(name = "smtp_port")
    private Integer smtpPort;

    @Enumerated(EnumType.STRING)
    @Column(name = "smtp_security", nullable = false, length = 10)
    private MailSecurity smtpSecurity = MailSecurity.STARTTLS;

    @Column(name = "smtp_username", length = ADDRESS_MAX_LENGTH)
    private String smtpUsername;

    @Column(name = "smtp_password_enc", length = 1000)
    private String smtpPasswordEncrypted;

    @Column(name = "from_address", length = ADDRESS_MAX_LENGTH)
    private String fromAddress;

    @Column(name = "from_name", length = NAME_MAX_LENGTH)
    private String fromName;

    @Column(length = SIGNATURE_MAX_LENGTH)
    private String signature;

    @Column(name = "imap_host", length = HOST_MAX_LENGTH)
    private String imapHost;

    @Column(name = "imap_port")
    private Integer imapPort;

    @Enumerated(EnumType.STRING)
    @Column(name = "imap_security", nullable = false, length = 10)
    private MailSecurity imapSecurity = MailSecurity.TLS;

    @Column(name = "imap_username", length = ADDRESS_MAX_LENGTH)
    private String imapUsername;

    @Column(name = "imap_password_enc", length = 1000)
    private String imapPasswordEncrypted;

    @Column(name = "imap_folder", nullable = false, length = FOLDER_MAX_LENGTH)
    private String imapFolder = "INBOX";

    @Column(name = "imap_filed_folder", length = FOLDER_MAX_LENGTH)
    private String imapFiledFolder;

    @Column(name = "poll_minutes", nullable = false)
    private int pollMinutes = DEFAULT_POLL_MINUTES;

    @Column(name = "sub_addressing", nullable = false)
    private boolean subAddressing;

    @Column(name = "reply_base_address", length = ADDRESS_MAX_LENGTH)
    private String replyBaseAddress;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    private long version;

    protected TeamMailSettings() {
    }

    TeamMailSettings(Long teamId) {
        this.teamId = teamId;
        this.updatedAt = Instant.now();
    }

    /** Copies the checked form; passwords are set separately, already encrypted. */
    void apply(MailSettingsForm form, Long userId) {
        smtpHost = form.getSmtpHost();
        smtpPort = form.getSmtpPort();
        smtpSecurity = form.getSmtpSecurity();
        smtpUsername = form.getSmtpUsername();
        fromAddress = form.getFromAddress();
        fromName = form.getFromName();
        signature = form.getSignature();
        imapHost = form.getImapHost();
        imapPort = form.getImapPort();
        imapSecurity = form.getImapSecurity();
        imapUsername = form.getImapUsername();
        imapFolder = form.getImapFolder();
        imapFiledFolder = form.getImapFiledFolder();
        pollMinutes = form.getPollMinutes();
        subAddressing = form.isSubAddressing();
        replyBaseAddress = form.getReplyBaseAddress();
        updatedBy = userId;
        updatedAt = Instant.now();
    }

    void setSmtpPasswordEncrypted(String encrypted) {
        this.smtpPasswordEncrypted = encrypted;
    }

    void setImapPasswordEncrypted(String encrypted) {
        this.imapPasswordEncrypted = encrypted;
    }

    /** The purpose each password is sealed for, so it can't be moved to another team or field. */
    String smtpPurpose() {
        return "team " + teamId + " smtp";
    }

    String imapPurpose() {
        return "team " + teamId + " imap";
    }

    /**
     * Enough is filled in to try sending (the password may still be unreadable). A server that
     * needs no login (a relay on the same network) has no username and so no password.
     */
    public boolean hasOutgoing() {
        return smtpHost != null && smtpPort != null && fromAddress != null
                && (smtpUsername == null || smtpPasswordEncrypted != null);
    }

    public boolean hasIncoming() {
        return imapHost != null && imapPort != null && imapUsername != null && imapPasswordEncrypted != null;
    }

    public Long getId() { return id; }
    public Long getTeamId() { return teamId; }
    public String getSmtpHost() { return smtpHost; }
    public Integer getSmtpPort() { return smtpPort; }
    public MailSecurity getSmtpSecurity() { return smtpSecurity; }
    public String getSmtpUsername() { return smtpUsername; }
    String getSmtpPasswordEncrypted() { return smtpPasswordEncrypted; }
    public boolean isSmtpPasswordSet() { return smtpPasswordEncrypted != null; }
    public String getFromAddress() { return fromAddress; }
    public String getFromName() { return fromName; }
    public String getSignature() { return signature; }
    public String getImapHost() { return imapHost; }
    public Integer getImapPort() { return imapPort; }
    public MailSecurity getImapSecurity() { return imapSecurity; }
    public String getImapUsername() { return imapUsername; }
    String getImapPasswordEncrypted() { return imapPasswordEncrypted; }
    public boolean isImapPasswordSet() { return imapPasswordEncrypted != null; }
    public String getImapFolder() { return imapFolder; }
    public String getImapFiledFolder() { return imapFiledFolder; }
    public int getPollMinutes() { return pollMinutes; }
    public boolean isSubAddressing() { return subAddressing; }
    public String getReplyBaseAddress() { return replyBaseAddress; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return null; }
    @Override public String auditLabel() { return "the team's mail settings"; }
}
