package org.answerable.reply;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an answer really starts inside the stretch of letter the alignment gives it: after the
 * heading over the answers, after a request quoted whole, after the EIR regime note, after the
 * salutation of a letter with no other structure. Each method takes a stretch [from, to) of the
 * reply and returns the answer's start in it (from itself when nothing is to be skipped).
 */
final class AnswerBounds {

    private static final Pattern CLOSING_QUOTE = Pattern.compile("[”\"’][ \\t\\u00A0]*(?=\\n|$)");
    private static final String OPENING_QUOTES = "“\"‘";
    private static final int QUOTE_REACH = 800;
    private static final Pattern SALUTATION = Pattern.compile("(?im)^[ \\t\\u00A0]*dear\\b[^\\n]{0,60}(?:\\n|$)");
    private static final Pattern REGIME_NOTE = Pattern.compile("(?i)[\\s\\u00A0]*as\\s+the\\s+information\\s+you\\s+(?:have\\s+)?requested\\s+is"
            + "\\s+\\W?environmental\\s+information\\W?[^\\n]*(?:\\n|$)");
    private static final Pattern REGIME_PUBLIC_INTEREST = Pattern.compile("(?i)(?:[ \\t\\u00A0]*\\n)*[ \\t\\u00A0]*this\\s+exemption\\s+is"
            + "\\s+subject\\s+to\\s+the\\s+\\W?public\\s+interest\\s+test\\W?[^\\n]*(?:\\n|$)");

    private final ReplyText reply;
    private final String text;

    AnswerBounds(ReplyText reply) {
        this.reply = reply;
        this.text = reply.text();
    }

    /** "In Response:", "We answered": what precedes it still belongs to the request. */
    int afterResponseHeading(int from, int to) {
        for (int l = reply.lineOf(from) + 1; l < reply.lineCount() && reply.lineStart(l) < to; l++) {
            if (ReplyWording.RESPONSE_HEADING.matcher(reply.line(l)).find()) {
                return Math.min(reply.lineEnd(l), to);
            }
        }
        return from;
    }

    /**
     * A request quoted whole (“Please provide … in a spreadsheet.”): its words run to the closing
     * quotation mark, even past the question's own restated words.
     */
    int afterClosingQuote(int questionStart, int from, int to) {
        int open = questionStart;
        while (open > 0 && (Character.isWhitespace(text.charAt(open - 1)) || text.charAt(open - 1) == '\u00A0')) {
            open--;
        }
        boolean quoted = open > 0 && OPENING_QUOTES.indexOf(text.charAt(open - 1)) >= 0
                || questionStart < text.length() && OPENING_QUOTES.indexOf(text.charAt(questionStart)) >= 0;
        if (!quoted) {
            return from;
        }
        Matcher close = CLOSING_QUOTE.matcher(text);
        close.region(from, Math.min(to, from + QUOTE_REACH));
        return close.find() ? close.end() : from;
    }

    /**
     * "As the information you have requested is 'environmental information' … we are required to
     * deal with your request under those Regulations", and the public interest paragraph on that
     * exemption after it: how the request was handled, the letter's, not the answer's.
     */
    int afterRegimeNote(int from, int to) {
        Matcher note = REGIME_NOTE.matcher(text);
        note.region(from, to);
        if (!note.lookingAt()) {
            return from;
        }
        Matcher publicInterest = REGIME_PUBLIC_INTEREST.matcher(text);
        publicInterest.region(note.end(), to);
        return publicInterest.lookingAt() ? publicInterest.end() : note.end();
    }

    /** A letterhead, addresses and references above "Dear …" are not the answer: the letter starts after it. */
    int afterSalutation(int from, int to) {
        Matcher dear = SALUTATION.matcher(text);
        dear.region(from, to);
        return dear.find() ? dear.end() : from;
    }
}
