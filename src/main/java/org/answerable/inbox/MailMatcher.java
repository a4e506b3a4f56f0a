package org.answerable.inbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ties a message to requests of the mailbox's team by the first rule that finds any. The rules
 * that read an address, a Message-ID or a tag name their requests outright, so a letter naming
 * several (one answer to a whole campaign) is filed to each. The rules that infer (a reference, the
 * sender's domain) must find exactly one request; more is for a person to decide in the Inbox.
 */
public final class MailMatcher {

    /** The team's requests as the rules need them; every answer is limited to the mailbox's team. */
    public interface Requests {

        /** Requests whose own reply address (with a valid signature) is among the recipients. */
        Set<Long> byReplyAddress(List<String> recipients);

        /** Requests whose letters were sent with one of these Message-IDs. */
        Set<Long> bySentMessageIds(List<String> messageIds);

        /** Requests whose tag is in one of these subjects. */
        Set<Long> byTagIn(List<String> subjects);

        /** Requests on which this authority reference (normalised) is recorded. */
        Set<Long> byAuthorityReference(String normalisedReference);

        /** Open requests to authorities whose FOI email is at this domain. */
        Set<Long> openByAuthorityDomain(String domain);
    }

    private final Requests requests;

    public MailMatcher(Requests requests) {
        this.requests = requests;
    }

    public MailMatch match(ReceivedMail mail) {
        Set<Long> found = requests.byReplyAddress(mail.recipients());
        if (!found.isEmpty()) {
            return MailMatch.by(MatchRule.REPLY_ADDRESS, found);
        }
        found = mail.referencedIds().isEmpty() ? Set.of() : requests.bySentMessageIds(mail.referencedIds());
        if (!found.isEmpty()) {
            return MailMatch.by(MatchRule.IN_REPLY_TO, found);
        }
        List<String> subjects = new ArrayList<>();
        subjects.add(mail.subject());
        subjects.add(mail.originalSubject());
        found = requests.byTagIn(subjects.stream().filter(s -> s != null && !s.isBlank()).toList());
        if (!found.isEmpty()) {
            return MailMatch.by(MatchRule.SUBJECT_TAG, found);
        }
        List<String> doubts = new ArrayList<>();
        Set<Long> byReference = new LinkedHashSet<>();
        for (String reference : AuthorityReferences.in(mail.subject(), mail.text())) {
            Set<Long> recordedOn = requests.byAuthorityReference(AuthorityReferences.normalise(reference));
            if (recordedOn.size() == 1) {
                byReference.addAll(recordedOn);
            } else if (recordedOn.size() > 1) {
                doubts.add("the reference " + reference + " is recorded on " + recordedOn.size() + " requests");
            }
        }
        if (byReference.size() == 1) {
            return MailMatch.by(MatchRule.AUTHORITY_REFERENCE, byReference);
        }
        if (byReference.size() > 1) {
            doubts.add("its references point to " + byReference.size() + " different requests");
        }
        String domain = mail.senderDomain();
        if (!domain.isEmpty()) {
            Set<Long> open = requests.openByAuthorityDomain(domain);
            if (open.size() == 1) {
                return MailMatch.by(MatchRule.SENDER_DOMAIN, open);
            }
            if (open.size() > 1) {
                doubts.add(open.size() + " open requests went to authorities at " + domain);
            }
        }
        return MailMatch.none(doubts.isEmpty() ? "Nothing in it names one of the team's requests."
                : "It could belong to more than one request: " + String.join("; ", doubts) + ".");
    }
}
