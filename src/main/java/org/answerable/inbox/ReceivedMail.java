package org.answerable.inbox;

import java.time.Instant;
import java.util.List;

/**
 * One message as read from the mailbox: who sent it, to whom, what it says as plain text, and its
 * files. Whatever could not be read is named in {@code problems}, so nothing is dropped in silence.
 *
 * @param messageId the Message-ID without angle brackets; null when the message has none
 * @param referencedIds Message-IDs named by In-Reply-To and References, and for a delivery failure
 *        report the Message-ID of the letter that bounced
 * @param recipients every address in To, Cc, Delivered-To and X-Original-To, lower-cased
 * @param originalSubject for a delivery failure report, the subject of the letter that bounced
 * @param signals the headers that mark automatic mail
 */
public record ReceivedMail(String messageId, List<String> referencedIds, String fromAddress, String fromName,
        List<String> recipients, String subject, Instant sentAt, String text, List<MailFile> attachments,
        String originalSubject, AutomationSignals signals, List<String> problems, String contentHash) {

    public ReceivedMail {
        referencedIds = List.copyOf(referencedIds);
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
        problems = List.copyOf(problems);
    }

    /** The sender's domain, lower-cased; empty when the From address has none. */
    public String senderDomain() {
        int at = fromAddress == null ? -1 : fromAddress.lastIndexOf('@');
        return at < 0 ? "" : fromAddress.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A file that came with the message. */
    public record MailFile(String fileName, String contentType, byte[] content) {
    }

    /**
     * What the headers and structure say about automatic mail (RFC 3834, RFC 3464, and the
     * vendors' own headers).
     */
    public record AutomationSignals(String autoSubmitted, boolean vendorAutoReplyHeader, String precedence,
            boolean deliveryStatusReport) {

        public static final AutomationSignals NONE = new AutomationSignals(null, false, null, false);
    }
}
