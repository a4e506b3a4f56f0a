package org.answerable.inbox;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells delivery failures and automatic replies from letters. A bounce is a delivery status
 * report (RFC 3464), or mail from the mailer daemon whose subject says delivery failed. An
 * automatic reply says so in its headers (Auto-Submitted: auto-replied, RFC 3834; X-Autoreply and
 * similar) or in the out-of-office words of its subject.
 */
public final class MailClassifier {

    private static final Pattern DAEMON = Pattern.compile("^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> FAILURE_SUBJECTS = List.of("undeliverable", "undelivered mail",
            "delivery status notification (failure)", "mail delivery failed", "delivery failure",
            "returned mail", "failure notice", "could not be delivered", "delivery has failed");
    private static final List<String> OUT_OF_OFFICE = List.of("out of office", "out of the office", "automatic reply",
            "auto reply", "autoreply", "auto-reply", "away from the office", "on annual leave", "i am away",
            "i'm away", "currently away", "on leave until", "away from my desk");

    private MailClassifier() {
    }

    public static MailKind kindOf(ReceivedMail mail) {
        String subject = lower(mail.subject());
        if (mail.signals().deliveryStatusReport()
                || (mail.fromAddress() != null && DAEMON.matcher(mail.fromAddress()).find()
                        && FAILURE_SUBJECTS.stream().anyMatch(subject::contains))) {
            return MailKind.BOUNCE;
        }
        String autoSubmitted = lower(mail.signals().autoSubmitted());
        boolean automatic = (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no"))
                || mail.signals().vendorAutoReplyHeader()
                || lower(mail.signals().precedence()).equals("auto_reply");
        boolean outOfOfficeWords = OUT_OF_OFFICE.stream().anyMatch(subject::contains);
        // Councils' automatic acknowledgements carry Auto-Submitted too: they are letters worth
        // keeping as acknowledgements (with the council's reference), unless they read as out of office.
        if (outOfOfficeWords || (automatic && !ReplyTypeGuesser.readsAsAcknowledgement(mail.subject(), mail.text()))) {
            return MailKind.AUTOMATIC_REPLY;
        }
        return MailKind.LETTER;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
