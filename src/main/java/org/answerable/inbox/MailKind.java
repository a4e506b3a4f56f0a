package org.answerable.inbox;

/** What a received message is, which decides what filing it does to a request. */
public enum MailKind {
    /** A letter from the authority: filed as a reply. */
    LETTER("Letter"),
    /** A delivery failure report: the request shows it was not delivered. */
    BOUNCE("Not delivered"),
    /** An out-of-office or other automatic answer: kept, never counted as a response. */
    AUTOMATIC_REPLY("Automatic reply");

    private final String label;

    MailKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
