package org.answerable.mail;

/**
 * A team's IMAP mailbox with its password decrypted, for one poll; never stored, and its text form
 * leaves the password out so it can't reach a log.
 */
public record IncomingAccount(Long teamId, String host, int port, MailSecurity security, String username,
        String password, String folder, String filedFolder, int pollMinutes, boolean subAddressing,
        String replyBaseAddress) {

    @Override
    public String toString() {
        return "IncomingAccount[team=" + teamId + ", " + username + "@" + host + ":" + port + " " + security
                + ", folder=" + folder + "]";
    }
}
