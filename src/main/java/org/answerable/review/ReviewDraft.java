package org.answerable.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An internal review as asked for: the response challenged ({@code replyId} may be null when it was
 * not recorded as a letter), the answers challenged with their grounds, the letter and when it went.
 */
public record ReviewDraft(Long replyId, LocalDate responseReceived, List<Challenge> challenges, String letterText,
        LocalDate dateSent) {

    /** One answer challenged, with at least one ground or some words of the user's own. */
    public record Challenge(Long answerId, Set<ReviewGround> grounds, String groundsText) {
    }
}
