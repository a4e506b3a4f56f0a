package org.answerable.review;

import java.time.LocalDate;
import java.util.Optional;
import org.answerable.deadline.ChallengeDeadline;
import org.answerable.deadline.DateText;

/**
 * A step of a challenge taken after its window closed (FOI_RULES §3, §4). It may still be made,
 * but the other side may refuse it, so the campaigner is told before saving and on the record.
 */
public final class LateChallenge {

    private LateChallenge() {
    }

    /** A review asked for after the window: authorities need not accept it (s45 Code 5.3; FOISA s20(6) lets them). */
    public static Optional<String> reviewAsked(ChallengeDeadline window, LocalDate asked) {
        return late(window, asked).map(closed -> "Asked for after the window closed on " + closed
                + "; the authority may refuse it.");
    }

    /** A complaint after the window: the Commissioner usually rejects it for undue delay. */
    public static Optional<String> complaintSent(ChallengeDeadline window, LocalDate sent, Commissioner commissioner) {
        return late(window, sent).map(closed -> "Sent after the window closed on " + closed + "; the "
                + commissioner.displayName() + " may refuse it for undue delay.");
    }

    /** An appeal after the window needs the appeal body's leave, asked for with reasons. */
    public static Optional<String> appealLodged(ChallengeDeadline window, LocalDate lodged, Commissioner commissioner) {
        return late(window, lodged).map(closed -> "Lodged after the window closed on " + closed + "; ask the "
                + commissioner.appealBody() + " to accept it late, giving your reasons.");
    }

    private static Optional<String> late(ChallengeDeadline window, LocalDate taken) {
        return taken != null && window != null && taken.isAfter(window.date())
                ? Optional.of(DateText.of(window.date())) : Optional.empty();
    }
}
