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
 * A section 17 refusal notice on its own decides nothing: Leicester issues one for "not held". A
 * cost-limit refusal that counts the records it would have to search is still a refusal; an offer
 * to answer a narrower request "rather than refusing" seeks clarification.
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
            + "|\\b(?:sections?|s\\.|regulations?|regs?\\.?|article|paragraph|para\\.?|page|question|q|ref(?:erence)?\\.?:?)\\s*\\d[\\w().]*"
            + "|\\b(?:questions?|requests?|items?|points?)\\s*(?:numbers?\\s*)?\\d{1,2}(?:\\s*(?:,|and|&|to|-|–)\\s*\\d{1,2})*"
            // Durations ("within the next 18 months") and statute numbering ("12.—(4)", "(1)") give nothing.
            + "|\\b\\d{1,3}\\s+(?:working\\s+)?(?:months?|weeks?|days?|years?|hours?|minutes?)\\b|\\d{1,2}\\.\\s*[—–-]\\s*\\(\\d{1,2}\\)|\\(\\d{1,2}\\)");
    // Short lines ending in a figure are a table's rows: their labels ("Refused 12", "NCND 3") are data.
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^[^\\n.]{1,60}?[ \\t\\u00A0]+[£]?\\d[\\d,]*(?:\\.\\d+)?%?[ \\t\\u00A0]*$");
    private static final Pattern YES_OR_NO = Pattern.compile("(?i)^\\W*(?:yes|no|none|nil|n/a)\\b");
    private static final Pattern FIGURE = Pattern.compile("£\\s?\\d|\\b\\d[\\d,]*(?:\\.\\d+)?\\b");

    private OutcomeSuggestion() {
    }

    /**
     * @param evidenced whether wording, a provision or figures decided it, rather than the default
     */
    record Suggested(Outcome outcome, boolean evidenced) {}

    static Suggested suggest(String answer, List<Citation> citations, boolean hasTable) {
        if (answer.isBlank()) {
            return new Suggested(Outcome.NOT_ADDRESSED, true);
        }
        String prose = ReplyWording.TERM_DEFINED.matcher(TABLE_ROW.matcher(answer).replaceAll("")).replaceAll(" ");
        if (ReplyWording.NEITHER_CONFIRM_NOR_DENY.matcher(prose).find()
                || citations.stream().anyMatch(c -> c.provision().meansNeitherConfirmNorDeny())) {
            return new Suggested(Outcome.NEITHER_CONFIRM_NOR_DENY, true);
        }
        boolean notHeld = ReplyWording.NOT_HELD.matcher(prose).find()
                || citations.stream().anyMatch(c -> c.provision().meansNotHeld());
        boolean elsewhere = ReplyWording.ELSEWHERE.matcher(prose).find()
                || citations.stream().anyMatch(c -> c.provision().pointsElsewhere());
        boolean offered = ReplyWording.INSTEAD_OF_REFUSING.matcher(prose).find();
        String refusing = ReplyWording.INSTEAD_OF_REFUSING.matcher(prose).replaceAll(" ");
        // Refusal words beside a table with no provision describe the figures ("requests refused").
        boolean refusalWords = ReplyWording.REFUSAL.matcher(refusing).find() && !(hasTable && citations.isEmpty());
        boolean withheld = citations.stream().anyMatch(c -> c.provision().withholds()) || (refusalWords && !notHeld && !elsewhere);
        boolean costLimit = citations.stream().anyMatch(c -> c.provision().isCostLimit())
                || ReplyWording.WHOLE_LETTER.matcher(prose).find();
        boolean provided = hasTable || ReplyWording.PROVIDED.matcher(prose).find();
        // A cost refusal counts the records it would have to read: that is no answer.
        boolean data = provided || !costLimit && hasFigures(answer, citations);
        if (offered && !data) {
            return new Suggested(Outcome.CLARIFICATION_SOUGHT, true);
        }
        if (withheld) {
            // Beside a refusal "see below" and "as follows" introduce the reasons, not information.
            boolean given = hasTable || ReplyWording.DOCUMENT_GIVEN.matcher(prose).find() || !costLimit && hasFigures(answer, citations);
            return new Suggested(given ? Outcome.PARTLY_ANSWERED : Outcome.REFUSED, true);
        }
        if (notHeld) {
            return new Suggested(data ? Outcome.PARTLY_ANSWERED : elsewhere ? Outcome.REDIRECTED : Outcome.NOT_HELD, true);
        }
        if (elsewhere) {
            // Section 21 (FOISA s25) cited: the answer is where the letter points, whatever figures it quotes.
            boolean exemptAsPublished = citations.stream().anyMatch(c -> c.provision().pointsElsewhere()) && !hasTable;
            return new Suggested(data && !exemptAsPublished ? Outcome.ANSWERED : Outcome.REDIRECTED, true);
        }
        if (ReplyWording.CLARIFICATION.matcher(prose).find() && !data) {
            return new Suggested(Outcome.CLARIFICATION_SOUGHT, true);
        }
        return new Suggested(Outcome.ANSWERED, data || YES_OR_NO.matcher(prose).find());
    }

    /** Whether the answer gives a figure of its own, beyond dates, citations and the cost limit. */
    static boolean hasFigures(String answer, List<Citation> citations) {
        StringBuilder text = new StringBuilder(answer);
        for (Citation c : citations) {
            int end = Math.min(text.length(), c.start() + c.matchedText().length());
            text.replace(c.start(), end, " ".repeat(end - c.start()));
        }
        String withoutLinks = WEB_ADDRESS.matcher(text).replaceAll(" ");
        for (String sentence : SENTENCE_END.split(NOT_A_FIGURE.matcher(withoutLinks).replaceAll(" "))) {
            if (!COST_LIMIT_SENTENCE.matcher(sentence).find() && FIGURE.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }
}
