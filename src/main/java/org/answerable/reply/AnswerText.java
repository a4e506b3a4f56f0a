package org.answerable.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer's text as the user will see it: without leftovers of the restated question, an
 * "Answer:" marker, the letter's acknowledgements ("Thank you for your request…", "Our ref:"),
 * the requester's own closing words restated after it, or spare blank lines.
 */
final class AnswerText {

    private static final Pattern LEFTOVER = Pattern.compile("^[ \\u00A0,.;:?!)\\]}\"'’”*_\\-–—/•◦▪]+");
    private static final Pattern ANSWER_MARKER = Pattern.compile("(?i)^[ \\u00A0*_]*(?:(?:our|the\\s+council['’]s|council|in)\\s+)?"
            + "(?:answer|response|reply)\\s*(?:[:.\\-–]|(?=[*_]*[ \\u00A0]*(?:\\n|$)))[*_]*[ \\u00A0]*|^A\\d{0,2}(?:\\s*:|\\s+\\.)[ \\u00A0]*");
    private static final Pattern QUESTIONS_TAIL = Pattern.compile("^[ \\u00A0]*(\\p{Ll}[\\p{L} ,'’-]{0,50}?)[ \\u00A0]*\\n(?:[ \\u00A0]*\\n)*");
    private static final Pattern YES_OR_NO = Pattern.compile("(?i)yes|no|none|nil|not\\s+held|not\\s+applicable");
    // A request e-mail's sign-off, then the authority's own "Dear …": the reply starts after it.
    private static final Pattern SIGNED_THEN_GREETED = Pattern.compile("(?is)^.*?^[ \\t]*(?:yours\\s+(?:faithfully|sincerely)|many\\s+thanks"
            + "|kind\\s+regards)\\b.*?^[ \\t]*dear\\s[^\\n]{0,60}\\n", Pattern.MULTILINE);
    // "Clarification of Question 1: Yes I would like …": the requester's words, restated before the answer.
    private static final Pattern REQUESTERS_CLARIFICATION = Pattern.compile("(?i)[ \\u00A0]*(?:your\\s+)?clarification(?:\\s+of\\s+"
            + "(?:question|q|request)\\s*\\d{1,2}[a-z]?)?\\s*:[^\\n]*(?:\\n|$)");
    // "Yours faithfully," and the requester's name line, before the authority's reply.
    private static final Pattern REQUEST_SIGN_OFF = Pattern.compile("(?i)(?:[ \\u00A0]*\\n)*[ \\u00A0]*(?:yours\\s+(?:faithfully|sincerely)"
            + "|many\\s+thanks|kind\\s+regards),?[ \\u00A0]*\\n(?:[ \\u00A0]*\\n)*[^\\n.!?]{1,60}\\n");
    private static final int QUESTION_WORDS = 5;
    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ \\u00A0]*\\n)+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\u00A0]*\\n");
    private static final Pattern TRAILING_SPACE = Pattern.compile("(?m)[ \\u00A0]+$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=[\\s\\u00A0]|$)|:[ \\u00A0]*(?=\\n)");

    private AnswerText() {
    }

    static String tidy(String answer) {
        String text = TRAILING_SPACE.matcher(answer.replace('\u00A0', ' ')).replaceAll("");
        Matcher reply = SIGNED_THEN_GREETED.matcher(text);
        if (reply.find()) {
            text = text.substring(reply.end());
        }

        text = LEFTOVER.matcher(text).replaceFirst("");
        text = dropLeadingBlankLines(text);
        boolean changed = true;
        while (changed) {
            String before = text;
            text = LEFTOVER.matcher(dropLeadingBlankLines(text)).replaceFirst("");
            Matcher marker = ANSWER_MARKER.matcher(text);
            if (marker.find()) {
                text = dropLeadingBlankLines(LEFTOVER.matcher(text.substring(marker.end())).replaceFirst(""));
            }
            Matcher asking = ReplyWording.REQUESTER_VOICE.matcher(text);
            int firstBreak = text.indexOf("\n\n");
            if (asking.lookingAt() && firstBreak > 0) {
                // "Please provide this by email …": the request's own last words, before the answer.
                text = text.substring(firstBreak);
            }
            Matcher signed = REQUEST_SIGN_OFF.matcher(text);
            if (signed.lookingAt()) {
                text = text.substring(signed.end());
            }
            Matcher clarified = REQUESTERS_CLARIFICATION.matcher(text);
            if (clarified.lookingAt()) {
                text = text.substring(clarified.end());
            }
            text = dropLeadingBlankLines(withoutAcknowledgement(text));
            changed = !text.equals(before);
        }
        text = withoutRequestersWords(text);
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.stripTrailing().isEmpty() ? "" : stripTrailingBlankLines(text);
    }

    /**
     * The rest of a question wrapped onto the next line ("Are EU, EEA or Swiss national" /
     * "citizens"): a short lower-case fragment with no figure before the answer proper.
     */
    static String withoutQuestionsTail(String answer) {
        Matcher tail = QUESTIONS_TAIL.matcher(answer);
        return tail.lookingAt() && !YES_OR_NO.matcher(tail.group(1)).matches() ? answer.substring(tail.end()) : answer;
    }

    /**
     * An answer that opens by repeating its question (restated under a label the layout did not
     * tie to it): the lines that carry the question's words are the question's.
     */
    static String withoutTheQuestionRepeated(String answer, String question) {
        List<String> asked = ReplyText.wordTexts(question);
        if (asked.size() < QUESTION_WORDS || answer.isEmpty()) {
            return answer;
        }
        String[] lines = answer.split("\n", -1);
        int covered = 0;
        int line = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (line < lines.length && covered < asked.size() * 3 / 4) {
            List<String> words = ReplyText.wordTexts(lines[line]);
            long ours = words.stream().filter(asked::contains).count();
            if (words.isEmpty() || ours * 10 < words.size() * 9) {
                break;
            }
            words.stream().filter(asked::contains).forEach(seen::add);
            covered = (int) asked.stream().filter(seen::contains).count();
            line++;
        }
        if (covered < asked.size() * 3 / 4) {
            return answer;
        }
        String rest = String.join("\n", java.util.Arrays.copyOfRange(lines, line, lines.length));
        return tidy(rest);
    }

    /** "Our Ref: …" lines and "Thank you for your request…" sentences that open an answer. */
    private static String withoutAcknowledgement(String text) {
        if (ReplyWording.LINE_OPENING.matcher(text).find()) {
            int newline = text.indexOf('\n');
            return newline < 0 ? "" : text.substring(newline + 1);
        }
        if (ReplyWording.ACKNOWLEDGEMENT.matcher(text).find()) {
            Matcher end = SENTENCE_END.matcher(text);
            return end.find() ? text.substring(end.end()).replaceFirst("^[ \\u00A0]+", "") : "";
        }
        return text;
    }

    /** The request's closing words ("please instead provide it…"), restated after the answer. */
    private static String withoutRequestersWords(String answer) {
        List<String> kept = new ArrayList<>(List.of(PARAGRAPH_BREAK.split(answer, -1)));
        while (kept.size() > 1 && (kept.getLast().isBlank() || ReplyWording.REQUESTER_VOICE.matcher(kept.getLast()).find())) {
            kept.removeLast();
        }
        return String.join("\n\n", kept);
    }

    /** The requester's words that {@link #tidy} takes off the answer's end, to keep them as letter text. */
    static List<String> requestersWords(String answer) {
        List<String> paragraphs = new ArrayList<>(List.of(PARAGRAPH_BREAK.split(answer.replace('\u00A0', ' '), -1)));
        List<String> moved = new ArrayList<>();
        while (paragraphs.size() > 1 && (paragraphs.getLast().isBlank()
                || ReplyWording.REQUESTER_VOICE.matcher(paragraphs.getLast()).find())) {
            String last = paragraphs.removeLast().strip();
            if (!last.isEmpty()) {
                moved.addFirst(TRAILING_SPACE.matcher(last).replaceAll(""));
            }
        }
        return moved;
    }

    private static String dropLeadingBlankLines(String text) {
        String rest = text;
        while (!rest.isEmpty()) {
            int newline = rest.indexOf('\n');
            String first = newline < 0 ? rest : rest.substring(0, newline);
            if (!ReplyText.isBlankLine(first)) {
                break;
            }
            rest = newline < 0 ? "" : rest.substring(newline + 1);
        }
        return rest;
    }

    private static String stripTrailingBlankLines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        while (!lines.isEmpty() && ReplyText.isBlankLine(lines.getLast())) {
            lines.removeLast();
        }
        return String.join("\n", lines);
    }
}
