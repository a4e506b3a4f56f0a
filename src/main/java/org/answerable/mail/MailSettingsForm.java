package org.answerable.mail;

/**
 * What the settings page edits. A blank password means "keep the one already saved": the saved
 * one is never sent back to the browser.
 */
public class MailSettingsForm {

    private String smtpHost;
    private Integer smtpPort;
    private MailSecurity smtpSecurity = MailSecurity.STARTTLS;
    private String smtpUsername;
    private String smtpPassword;
    private String fromAddress;
    private String fromName;
    private String signature;
    private String imapHost;
    private Integer imapPort;
    private MailSecurity imapSecurity = MailSecurity.TLS;
    private String imapUsername;
    private String imapPassword;
    private String imapFolder = "INBOX";
    private String imapFiledFolder;
    private int pollMinutes = TeamMailSettings.DEFAULT_POLL_MINUTES;
    private boolean subAddressing;
    private String replyBaseAddress;
    private long version;
    private boolean smtpPasswordSet;
    private boolean imapPasswordSet;

    /** The form for what is saved, with both passwords left blank. */
    static MailSettingsForm of(TeamMailSettings saved) {
        MailSettingsForm form = new MailSettingsForm();
        form.smtpHost = saved.getSmtpHost();
        form.smtpPort = saved.getSmtpPort();
        form.smtpSecurity = saved.getSmtpSecurity();
        form.smtpUsername = saved.getSmtpUsername();
        form.fromAddress = saved.getFromAddress();
        form.fromName = saved.getFromName();
        form.signature = saved.getSignature();
        form.imapHost = saved.getImapHost();
        form.imapPort = saved.getImapPort();
        form.imapSecurity = saved.getImapSecurity();
        form.imapUsername = saved.getImapUsername();
        form.imapFolder = saved.getImapFolder();
        form.imapFiledFolder = saved.getImapFiledFolder();
        form.pollMinutes = saved.getPollMinutes();
        form.subAddressing = saved.isSubAddressing();
        form.replyBaseAddress = saved.getReplyBaseAddress();
        form.version = saved.getVersion();
        form.smtpPasswordSet = saved.isSmtpPasswordSet();
        form.imapPasswordSet = saved.isImapPasswordSet();
        return form;
    }

    public String getSmtpHost() { return smtpHost; }
    public void setSmtpHost(String smtpHost) { this.smtpHost = smtpHost; }
    public Integer getSmtpPort() { return smtpPort; }
    public void setSmtpPort(Integer smtpPort) { this.smtpPort = smtpPort; }
    public MailSecurity getSmtpSecurity() { return smtpSecurity; }
    public void setSmtpSecurity(MailSecurity smtpSecurity) { this.smtpSecurity = smtpSecurity; }
    public String getSmtpUsername() { return smtpUsername; }
    public void setSmtpUsername(String smtpUsername) { this.smtpUsername = smtpUsername; }
    public String getSmtpPassword() { return smtpPassword; }
    public void setSmtpPassword(String smtpPassword) { this.smtpPassword = smtpPassword; }
    public String getFromAddress() { return fromAddress; }
    public void setFromAddress(String fromAddress) { this.fromAddress = fromAddress; }
    public String getFromName() { return fromName; }
    public void setFromName(String fromName) { this.fromName = fromName; }
    public String getSignature() { return signature; }
    public void setSignature(String signature) { this.signature = signature; }
    public String getImapHost() { return imapHost; }
    public void setImapHost(String imapHost) { this.imapHost = imapHost; }
    public Integer getImapPort() { return imapPort; }
    public void setImapPort(Integer imapPort) { this.imapPort = imapPort; }
    public MailSecurity getImapSecurity() { return imapSecurity; }
    public void setImapSecurity(MailSecurity imapSecurity) { this.imapSecurity = imapSecurity; }
    public String getImapUsername() { return imapUsername; }
    public void setImapUsername(String imapUsername) { this.imapUsername = imapUsername; }
    public String getImapPassword() { return imapPassword; }
    public void setImapPassword(String imapPassword) { this.imapPassword = imapPassword; }
    public String getImapFolder() { return imapFolder; }
    public void setImapFolder(String imapFolder) { this.imapFolder = imapFolder; }
    public String getImapFiledFolder() { return imapFiledFolder; }
    public void setImapFiledFolder(String imapFiledFolder) { this.imapFiledFolder = imapFiledFolder; }
    public int getPollMinutes() { return pollMinutes; }
    public void setPollMinutes(int pollMinutes) { this.pollMinutes = pollMinutes; }
    public boolean isSubAddressing() { return subAddressing; }
    public void setSubAddressing(boolean subAddressing) { this.subAddressing = subAddressing; }
    public String getReplyBaseAddress() { return replyBaseAddress; }
    public void setReplyBaseAddress(String replyBaseAddress) { this.replyBaseAddress = replyBaseAddress; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    /** A password is saved for sending; shown as "set", never shown itself. */
    public boolean isSmtpPasswordSet() { return smtpPasswordSet; }
    public boolean isImapPasswordSet() { return imapPasswordSet; }

    @Override
    public String toString() {
        return "MailSettingsForm[smtp=" + smtpHost + ":" + smtpPort + ", imap=" + imapHost + ":" + imapPort + "]";
    }
}
