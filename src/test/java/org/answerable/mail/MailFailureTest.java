package org.answerable.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** The exceptions Jakarta Mail and Spring throw, turned into what a campaigner can act on. */
class MailFailureTest {

    static Stream<Arguments> failures() throws Exception {
        InternetAddress bad = new InternetAddress("foi@closed.example.gov.uk");
        return Stream.of(
                Arguments.of(new AuthenticationFailedException("535 5.7.8 bad credentials"),
                        MailFailure.Kind.AUTHENTICATION, "refused the username or password"),
                Arguments.of(new MailAuthenticationException("Authentication failed"),
                        MailFailure.Kind.AUTHENTICATION, "app password"),
                Arguments.of(new MessagingException("Couldn't connect", new UnknownHostException("smtp.exmaple.org")),
                        MailFailure.Kind.UNKNOWN_HOST, "no mail server called \"smtp.example.org\""),
                Arguments.of(new MessagingException("Couldn't connect", new ConnectException("Connection refused")),
                        MailFailure.Kind.CONNECTION, "could not connect to the mail server smtp.example.org (port 587)"),
                Arguments.of(new MessagingException("Read timed out", new SocketTimeoutException("Read timed out")),
                        MailFailure.Kind.CONNECTION, "could not connect"),
                Arguments.of(new MessagingException("Could not convert socket to TLS", new SSLHandshakeException("PKIX path")),
                        MailFailure.Kind.TLS, "STARTTLS is usual on port 587"),
                Arguments.of(new MessagingException("STARTTLS is required but host does not support STARTTLS"),
                        MailFailure.Kind.TLS, "secure (TLS) connection"),
                Arguments.of(new MailSendException(Map.of(new Object(), new SendFailedException("Invalid Addresses",
                                new MessagingException("550 5.1.1 mailbox unavailable"), new jakarta.mail.Address[0],
                                new jakarta.mail.Address[0], new jakarta.mail.Address[] {bad}))),
                        MailFailure.Kind.REJECTED_ADDRESS, "refused foi@closed.example.gov.uk"),
                Arguments.of(new MessagingException("452 too many recipients"), MailFailure.Kind.OTHER,
                        "reported a problem: 452 too many recipients"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("failures")
    void each_failure_gets_words_a_user_can_act_on(Exception thrown, MailFailure.Kind kind, String message) {
        MailFailure failure = MailFailure.of(thrown, "smtp.example.org", 587);

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.message()).contains(message);
    }
}
