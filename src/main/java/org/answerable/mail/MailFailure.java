package org.answerable.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * What went wrong talking to a mail server, in words a campaigner can act on. Built from the
 * exception Jakarta Mail threw, whose own message is meant for programmers.
 */
public record MailFailure(Kind kind, String message) {

    public enum Kind { AUTHENTICATION, UNKNOWN_HOST, CONNECTION, TLS, REJECTED_ADDRESS, FOLDER, OTHER }

    private static final int DETAIL_MAX_LENGTH = 200;

    /** Reads the whole chain of causes: the telling one is often several levels down. */
    public static MailFailure of(Throwable problem, String host, Integer port) {
        List<Throwable> chain = chain(problem);
        String server = "the mail server " + host + (port == null ? "" : " (port " + port + ")");
        if (any(chain, AuthenticationFailedException.class) || any(chain, MailAuthenticationException.class)) {
            return new MailFailure(Kind.AUTHENTICATION, server + " refused the username or password. "
                    + "Check both (some providers need an app password) and try again.");
        }
        if (any(chain, UnknownHostException.class)) {
            return new MailFailure(Kind.UNKNOWN_HOST, "There is no mail server called \"" + host
                    + "\". Check the server's name.");
        }
        if (any(chain, SSLException.class) || any(chain, CertificateException.class) || mentionsTls(chain)) {
            return new MailFailure(Kind.TLS, "A secure (TLS) connection to " + server + " failed. Check the security "
                    + "setting: STARTTLS is usual on port 587, TLS on ports 465 and 993. If they are right, the "
                    + "server's certificate may not be trusted.");
        }
        if (any(chain, ConnectException.class) || any(chain, SocketTimeoutException.class)) {
            return new MailFailure(Kind.CONNECTION, "Answerable could not connect to " + server
                    + ". Check the server's name and port, and that it accepts connections from this server.");
        }
        if (any(chain, FolderNotFoundException.class)) {
            return new MailFailure(Kind.FOLDER, "The mailbox has no folder called \"" + detail(chain) + "\".");
        }
        List<String> rejected = rejectedAddresses(chain);
        if (!rejected.isEmpty() || any(chain, AddressException.class)) {
            String who = rejected.isEmpty() ? "an address" : String.join(", ", rejected);
            return new MailFailure(Kind.REJECTED_ADDRESS, server + " refused " + who + ": " + detail(chain)
                    + ". Check the authority's FOI email address.");
        }
        return new MailFailure(Kind.OTHER, server + " reported a problem: " + detail(chain));
    }

    private static List<Throwable> chain(Throwable problem) {
        List<Throwable> chain = new ArrayList<>();
        List<Throwable> todo = new ArrayList<>(List.of(problem));
        while (!todo.isEmpty() && chain.size() < 20) {
            Throwable t = todo.removeFirst();
            if (t == null || chain.contains(t)) {
                continue;
            }
            chain.add(t);
            todo.add(t.getCause());
            if (t instanceof MessagingException m) {
                todo.add(m.getNextException());
            }
            if (t instanceof MailSendException send) {
                todo.addAll(Arrays.asList(send.getMessageExceptions()));
            }
        }
        return chain;
    }

    private static boolean any(List<Throwable> chain, Class<? extends Throwable> type) {
        return chain.stream().anyMatch(type::isInstance);
    }

    /** Jakarta Mail reports a server without STARTTLS only in words. */
    private static boolean mentionsTls(List<Throwable> chain) {
        return chain.stream().map(Throwable::getMessage).filter(m -> m != null)
                .anyMatch(m -> m.toLowerCase(Locale.ROOT).contains("starttls"));
    }

    private static List<String> rejectedAddresses(List<Throwable> chain) {
        return chain.stream().filter(SendFailedException.class::isInstance).map(SendFailedException.class::cast)
                .filter(e -> e.getInvalidAddresses() != null)
                .flatMap(e -> Arrays.stream(e.getInvalidAddresses())).map(Object::toString)
                .distinct().collect(Collectors.toList());
    }

    /** The server's own words, from the deepest exception that has some, cut to one short line. */
    private static String detail(List<Throwable> chain) {
        String found = "no details given";
        for (Throwable t : chain) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                found = t.getMessage();
            }
        }
        String line = found.strip().replaceAll("\\s+", " ");
        return line.length() > DETAIL_MAX_LENGTH ? line.substring(0, DETAIL_MAX_LENGTH) + "…" : line;
    }
}
