package org.answerable.reply;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The outcome the paste assistant suggests for an answer, for the user to confirm. In order:
 * <ol>
 *   <li>no answer text: {@link Outcome#NOT_ADDRESSED};</li>
 *   <li>"neither confirm nor deny" (or EIR reg 12(6)/13(5A)): {@link Outcome#NEITHER_CONFIRM_NOR_DENY};</li>
 *   <li>a withholding provision (s12, s14, an exemption or exception), or refusal wording without
 *       a not-held or published-elsewhere explanation: {@link Outcome#REFUSED}, or
 *       {@link Outcome#PARTLY_ANSWERED} when figures, a table or a document come with it;</li>
 *   <li>"not held" wording (or s1(1)(a), EIR reg 12(4)(a), FOISA s17, EISR reg 10(4)(a)):
 *       {@link Outcome#REDIRECTED} when it names who does hold it, otherwise
 *       {@link Outcome#NOT_HELD}, or {@link Outcome#PARTLY_ANSWERED} with data;</li>
 *   <li>published or held elsewhere (a web address, "published on", s21, FOISA s25) with no data
 *       of its own: {@link Outcome#REDIRECTED};</li>
 *   <li>a request for clarification with no data: {@link Outcome#CLARIFICATION_SOUGHT};</li>
 *   <li>anything else: {@link Outcome#ANSWERED}.</li>
 * </ol>
 * A section 17 refusal notice on its own decides nothing: Leicester issues one for "not held".
 */
final class OutcomeSuggestion {

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n");
    // Sentences about the cost limit quote £450 and 18 hours: the law's figures, not the answer's.
    private static final Pattern COST_LIMIT_SENTENCE = Pattern.compile("(?i)\\blimit\\b|\\bhours?\\b|£\\s?(?:450|600)\\b");
    // Dates, years, citations and suppressed counts ("fewer than 5") are not figures given.
    private static final Pattern NOT_A_FIGURE = Pattern.compile("(?i)\\b(?:" + TableLayout.PERIOD + ")\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s+\\d{1,2}\\b"
            + "|(?:fewer|less)\\s+than\\s+\\d+|[<≤]=?\\s?\\d+"
            + "|\\b(?:sections?|s\\.|regulations?|regs?\\.?|article|paragraph|para\\.?|page|question|q|ref(?:erence)?\\.?:?)\\s*\\d[\\w().]*");
    private static final Pattern FIGURE = Pattern.compile("£\\s?\\d|\\b\\d[\\d,]*(?:\\.\\d+)?\\b");

    private OutcomeSuggestion() {
    }

    static Outcome suggest(String answer, List<Citation> citations, boolean hasTable) {
        if (answer.isBlank()) {
            return Outcome.NOT_ADDRESSED;
        }
        if (ReplyWording.NEITHER_CONFIRM_NOR_DENY.matcher(answer).find()
                || citations.stream().anyMatch(c -> c.provision().meansNeitherConfirmNorDeny())) {
            return Outcome.NEITHER_CONFIRM_NOR_DENY;
        }
        boolean notHeld = ReplyWording.NOT_HELD.matcher(answer).find()
                || citations.stream().anyMatch(c -> c.provision().meansNotHeld());
        boolean elsewhere = ReplyWording.ELSEWHERE.matcher(answer).find()
                || citations.stream().anyMatch(c -> c.provision().pointsElsewhere());
        boolean withheld = citations.stream().anyMatch(c -> c.provision().withholds())
                || (ReplyWording.REFUSAL.matcher(answer).find() && !notHeld && !elsewhere);
        boolean data = hasTable || ReplyWording.PROVIDED.matcher(answer).find() || hasFigures(answer, citations);
        if (withheld) {
            return data ? Outcome.PARTLY_ANSWERED : Outcome.REFUSED;
        }
        if (notHeld) {
            return data ? Outcome.PARTLY_ANSWERED : elsewhere ? Outcome.REDIRECTED : Outcome.NOT_HELD;
        }
        if (elsewhere) {
            return data ? Outcome.ANSWERED : Outcome.REDIRECTED;
        }
        if (ReplyWording.CLARIFICATION.matcher(answer).find() && !data) {
            return Outcome.CLARIFICATION_SOUGHT;
        }
        return Outcome.ANSWERED;
    }

    /** Whether the answer gives a figure of its own, beyond dates, citations and the cost limit. */
    static boolean hasFigures(String answer, List<Citation> citations) {
        StringBuilder text = new StringBuilder(answer);
        for (Citation c : citations) {
            int end = Math.min(text.length(), c.start() + c.matchedText().length());
            text.replace(c.start(), end, " ".repeat(end - c.start()));
        }
        String withoutLinks = WEB_ADDRESS.matcher(text).replaceAll(" ");
        for (String sentence : SENTENCE_END.split(withoutLinks)) {
            if (!COST_LIMIT_SENTENCE.matcher(sentence).find()
                    && FIGURE.matcher(NOT_A_FIGURE.matcher(sentence).replaceAll(" ")).find()) {
                return true;
            }
        }
        return false;
    }
}
