package org.answerable.inbox;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import org.answerable.mail.MailSecurity;
import org.answerable.mail.MailSettingsForm;

/** A team's mailbox on an in-process GreenMail server, and ways to deliver raw mail into it. */
final class Mailbox {

    static final String ADDRESS = "campaign@example.org";
    static final String USERNAME = "campaign";
    static final String PASSWORD = "mailbox secret";

    private final GreenMailOperations server;
    private final GreenMailUser user;

    Mailbox(GreenMailOperations server) {
        this.server = server;
        this.user = server.setUser(ADDRESS, USERNAME, PASSWORD);
    }

    MailSettingsForm settings() {
        MailSettingsForm form = new MailSettingsForm();
        form.setImapHost("127.0.0.1");
        form.setImapPort(server.getImap().getPort());
        form.setImapSecurity(MailSecurity.NONE);
        form.setImapUsername(USERNAME);
        form.setImapPassword(PASSWORD);
        form.setImapFolder("INBOX");
        form.setSubAddressing(true);
        form.setReplyBaseAddress(ADDRESS);
        form.setFromAddress(ADDRESS);
        form.setFromName("Campaign");
        form.setSmtpHost("127.0.0.1");
        form.setSmtpPort(server.getSmtp().getPort());
        form.setSmtpSecurity(MailSecurity.NONE);
        return form;
    }

    /** Delivers the message as written; "\n" line ends become CRLF. */
    void deliver(String rawMessage) {
        deliver(rawMessage.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    void deliver(byte[] raw) {
        try {
            user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many messages in INBOX carry the poller's "handled" keyword, of how many in all. */
    int[] handledAndTotal() {
        Properties props = new Properties();
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", server.getImap().getPort(), USERNAME, PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int handled = 0;
            for (Message m : inbox.getMessages()) {
                if (m.isSet(Flags.Flag.DELETED)) {
                    continue;
                }
                if (m.getFlags().contains(MailboxPoller.HANDLED_KEYWORD)) {
                    handled++;
                }
            }
            int total = inbox.getMessageCount();
            inbox.close(false);
            return new int[] {handled, total};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Date header for now, so the letter is never before the request nor in the future. */
    static String now() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.UK).format(ZonedDateTime.now());
    }
}
