package org.answerable.mail;

/**
 * A team's SMTP account with its password decrypted, for the moment of sending; never stored,
 * and its text form leaves the password out so it can't reach a log.
 */
public record OutgoingAccount(Long teamId, String host, int port, MailSecurity security, String username,
        String password, String fromAddress, String fromName, String signature, boolean subAddressing,
        String replyBaseAddress) {

    /** The mailbox that receives per-request addresses: the one configured, else the From address. */
    public String replyMailbox() {
        return replyBaseAddress == null ? fromAddress : replyBaseAddress;
    }

    @Override
    public String toString() {
        return "OutgoingAccount[team=" + teamId + ", " + username + "@" + host + ":" + port + " " + security + "]";
    }
}
