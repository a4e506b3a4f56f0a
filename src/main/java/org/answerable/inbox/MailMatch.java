package org.answerable.inbox;

import java.util.Set;

/**
 * The requests a message belongs to and the rule that found them; or, with no rule, why it goes
 * to the Inbox.
 */
public record MailMatch(MatchRule rule, Set<Long> requestIds, String reason) {

    public MailMatch {
        requestIds = Set.copyOf(requestIds);
    }

    static MailMatch by(MatchRule rule, Set<Long> requestIds) {
        return new MailMatch(rule, requestIds, null);
    }

    static MailMatch none(String reason) {
        return new MailMatch(null, Set.of(), reason);
    }

    public boolean matched() {
        return rule != null;
    }
}
