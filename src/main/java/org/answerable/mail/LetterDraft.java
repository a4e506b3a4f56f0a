package org.answerable.mail;

/**
 * A request's letter as composed, shown to the user to read and edit before it is sent.
 *
 * @param version the request's version when composed: sending refuses if it was edited since
 * @param replyTo the request's own reply address, or null when the mailbox has no sub-addresses
 */
public record LetterDraft(Long requestId, long version, String authorityName, String from, String to, String replyTo,
        String subject, String body) {
}
