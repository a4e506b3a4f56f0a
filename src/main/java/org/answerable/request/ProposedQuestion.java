package org.answerable.request;

import java.util.Objects;

/**
 * A question found in the pasted text of a request, before the user confirms it.
 *
 * @param label the label as the requester wrote it ("1", "a)", "(b)", "Q3", "ii"), or a generated
 *     "1", "2", ... for bullet points and "You asked:" blocks, which carry no label of their own
 * @param text the question, one trimmed line per line of the original, sub-points included
 */
public record ProposedQuestion(String label, String text) {

    public ProposedQuestion {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
