package org.answerable.reply;

import java.util.Objects;

/**
 * A question of the request, as the reply splitter needs it.
 *
 * @param label as the requester wrote it ("1", "a)", "Q3"), or a generated "1", "2"… for bullets
 */
public record QuestionRef(String label, String text) {

    public QuestionRef {
        label = label == null ? "" : label;
        Objects.requireNonNull(text, "text");
    }
}
