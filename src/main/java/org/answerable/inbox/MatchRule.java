package org.answerable.inbox;

/** How a message was tied to its request, recorded with every filing. */
public enum MatchRule {
    REPLY_ADDRESS("Sent to the request's own reply address"),
    IN_REPLY_TO("Answers a letter sent from Answerable"),
    SUBJECT_TAG("The subject carries the request's tag"),
    AUTHORITY_REFERENCE("Quotes the authority's reference recorded on the request"),
    SENDER_DOMAIN("From the authority's domain, with one open request there"),
    BY_HAND("Assigned from the Inbox");

    private final String label;

    MatchRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
