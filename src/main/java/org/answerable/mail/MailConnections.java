package org.answerable.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Connections to a team's own mail servers, built from its settings each time: the global
 * {@code spring.mail.*} properties are not used, since every team has its own account.
 */
@Component
public class MailConnections {

    private final String timeoutMillis;

    MailConnections(@Value("${answerable.mail.timeout:20s}") Duration timeout) {
        this.timeoutMillis = Long.toString(timeout.toMillis());
    }

    public JavaMailSenderImpl sender(OutgoingAccount account) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(account.host());
        sender.setPort(account.port());
        sender.setUsername(account.username());
        sender.setPassword(account.password());
        sender.setDefaultEncoding("UTF-8");
        boolean tls = account.security() == MailSecurity.TLS;
        sender.setProtocol(tls ? "smtps" : "smtp");
        String prefix = tls ? "mail.smtps." : "mail.smtp.";
        Properties props = sender.getJavaMailProperties();
        props.put(prefix + "auth", Boolean.toString(account.username() != null));
        if (account.security() == MailSecurity.STARTTLS) {
            props.put(prefix + "starttls.enable", "true");
            props.put(prefix + "starttls.required", "true");
        }
        if (account.security() != MailSecurity.NONE) {
            // The certificate must name the server: a password must not go to whoever intercepts the line.
            props.put(prefix + "ssl.checkserveridentity", "true");
        }
        props.put(prefix + "connectiontimeout", timeoutMillis);
        props.put(prefix + "timeout", timeoutMillis);
        props.put(prefix + "writetimeout", timeoutMillis);
        return sender;
    }

    /** Logs in to the SMTP server without sending anything. */
    public void testOutgoing(OutgoingAccount account) {
        try {
            sender(account).testConnection();
        } catch (MessagingException | RuntimeException e) {
            throw new MailConnectionException(MailFailure.of(e, account.host(), account.port()), e);
        }
    }

    /** A connected, logged-in store; the caller closes it. */
    public Store openStore(IncomingAccount account) {
        boolean tls = account.security() == MailSecurity.TLS;
        String protocol = tls ? "imaps" : "imap";
        String prefix = "mail." + protocol + ".";
        Properties props = new Properties();
        if (account.security() == MailSecurity.STARTTLS) {
            props.put(prefix + "starttls.enable", "true");
            props.put(prefix + "starttls.required", "true");
        }
        if (account.security() != MailSecurity.NONE) {
            // The certificate must name the server: a password must not go to whoever intercepts the line.
            props.put(prefix + "ssl.checkserveridentity", "true");
        }
        props.put(prefix + "connectiontimeout", timeoutMillis);
        props.put(prefix + "timeout", timeoutMillis);
        props.put(prefix + "writetimeout", timeoutMillis);
        // A large reply (a 30 MB scan) in 1 MB pieces rather than the default 16 KB: far fewer round trips.
        props.put(prefix + "fetchsize", Integer.toString(1024 * 1024));
        try {
            Store store = Session.getInstance(props).getStore(protocol);
            store.connect(account.host(), account.port(), account.username(), account.password());
            return store;
        } catch (MessagingException | RuntimeException e) {
            throw new MailConnectionException(MailFailure.of(e, account.host(), account.port()), e);
        }
    }

    /** Logs in to the IMAP server and checks both folders exist; reads no mail. */
    public void testIncoming(IncomingAccount account) {
        try (Store store = openStore(account)) {
            requireFolder(store, account.folder(), account);
            if (account.filedFolder() != null) {
                requireFolder(store, account.filedFolder(), account);
            }
        } catch (MessagingException e) {
            throw new MailConnectionException(MailFailure.of(e, account.host(), account.port()), e);
        }
    }

    private static void requireFolder(Store store, String name, IncomingAccount account) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists()) {
            throw new MailConnectionException(new MailFailure(MailFailure.Kind.FOLDER,
                    "The mailbox " + account.username() + " has no folder called \"" + name + "\"."), null);
        }
    }
}
