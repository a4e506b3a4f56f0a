package org.answerable.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.answerable.reply.letter.ReplyType;

/**
 * Guesses what kind of letter a mail is from the words councils use, for the campaigner to
 * confirm. Each kind scores the phrases it contains; the highest wins, ties going to the kind listed
 * first. With no telling phrase the guess is "other letter", which moves no clock.
 */
public final class ReplyTypeGuesser {

    private static final Map<ReplyType, List<String>> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put(ReplyType.INTERNAL_REVIEW_RESPONSE, List.of("internal review", "outcome of the review",
                "review of our response", "reviewed the handling", "review panel", "reviewing officer",
                "upheld", "review decision"));
        PHRASES.put(ReplyType.CLARIFICATION_REQUEST, List.of("clarify", "clarification", "could you please confirm",
                "please specify", "more detail", "more information to identify", "further details",
                "too broad", "narrow your request", "please confirm what"));
        PHRASES.put(ReplyType.FEE_NOTICE, List.of("fees notice", "fee notice", "fee of £", "charge of £",
                "pay the fee", "payment of £", "disbursement", "section 9"));
        PHRASES.put(ReplyType.EXTENSION_NOTICE, List.of("extend the time", "extension", "extended", "additional time",
                "further 20 working days", "more time", "public interest test", "regulation 7",
                "consider the public interest"));
        PHRASES.put(ReplyType.RESPONSE, List.of("please find attached", "please find below", "our response",
                "the information you requested", "information requested", "we hold", "do not hold", "does not hold",
                "not held", "is exempt", "exemption", "refusal notice", "section 12", "section 14", "section 21",
                "section 40", "section 43", "regulation 12", "we are refusing", "response to your request is",
                "disclosed", "in response to your request"));
        PHRASES.put(ReplyType.ACKNOWLEDGEMENT, List.of("acknowledge", "has been logged", "we have received your",
                "receipt of your request", "we will respond", "aim to respond", "will respond within",
                "within 20 working days", "thank you for your request", "being processed", "reference number for"));
    }

    private ReplyTypeGuesser() {
    }

    public static ReplyType guess(String subject, String text) {
        String words = normalise(subject) + "\n" + normalise(text);
        ReplyType best = ReplyType.OTHER;
        int bestScore = 0;
        for (Map.Entry<ReplyType, List<String>> kind : PHRASES.entrySet()) {
            int score = (int) kind.getValue().stream().filter(words::contains).count();
            if (score > bestScore) {
                best = kind.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** An automatic acknowledgement is worth keeping as a letter; an out-of-office is not. */
    static boolean readsAsAcknowledgement(String subject, String text) {
        return guess(subject, text) == ReplyType.ACKNOWLEDGEMENT;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
    }
}
