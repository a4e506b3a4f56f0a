package org.answerable.reply;

import java.util.Objects;

/**
 * A provision cited in a reply.
 *
 * @param matchedText the words as the letter wrote them, e.g. "section 17.1" or "s.40(2)"
 * @param start where those words begin in the text that was searched
 */
public record Citation(Provision provision, String matchedText, int start) {

    public Citation {
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(matchedText, "matchedText");
    }
}
