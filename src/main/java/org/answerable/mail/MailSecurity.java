package org.answerable.mail;

/** How a connection to the team's mail server is protected. */
public enum MailSecurity {
    /** Plain text: only for a server on the same machine or a test server. */
    NONE("None (unencrypted)"),
    /** Connects in plain text, then upgrades to TLS before logging in (usually SMTP port 587). */
    STARTTLS("STARTTLS"),
    /** TLS from the first byte (SMTP port 465, IMAP port 993). */
    TLS("TLS (SSL)");

    private final String label;

    MailSecurity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
