package org.answerable.reply.letter;

/**
 * What was read from an attachment. A readable file may hold no text (a scan without a text layer):
 * it is kept and marked, and text recognition can later turn {@link Status#NO_TEXT} into text.
 */
record ExtractedText(Status status, String text) {

    enum Status {
        TEXT,
        /** Read without error but nothing to search: most often a scanned letter. */
        NO_TEXT
    }

    static ExtractedText of(String text) {
        return text == null || text.isBlank() ? new ExtractedText(Status.NO_TEXT, null)
                : new ExtractedText(Status.TEXT, text.strip());
    }
}
