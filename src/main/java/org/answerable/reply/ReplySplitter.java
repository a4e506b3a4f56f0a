package org.answerable.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.answerable.authority.Regime;
import org.answerable.reply.QuestionAnchors.Anchor;

/**
 * Splits an authority's reply into answers, question by question, for the user to confirm.
 *
 * <p>Each answer runs from where its question is restated or labelled (see
 * {@link QuestionAnchors}) to where the next one starts, minus the restated question and an
 * "Answer:" marker. Questions answered together ("In response to the two questions above.")
 * share the answer. Text before the first answer (the letter's opening) and after the last one
 * (re-use licence, review rights, the request's own closing words) is returned as unmatched, as
 * is everything when no question can be found: nothing the authority wrote is dropped except
 * labels and restated questions. The class is stateless and thread-safe.
 */
public final class ReplySplitter {

    private static final Pattern LEFTOVER = Pattern.compile("^[ \\u00A0,.;:?!)\\]}\"'’”*_]+");
    private static final Pattern ANSWER_MARKER = Pattern.compile("(?i)^[ \\u00A0*_]*(?:(?:our|the\\s+council['’]s|council)\\s+)?"
            + "(?:answer|response|reply)\\s*(?:[:.\\-–]|(?=[*_]*[ \\u00A0]*(?:\\n|$)))[*_]*[ \\u00A0]*|^A\\d{0,2}\\s*:[ \\u00A0]*");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ \\u00A0]*\\n)+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\u00A0]*\\n");
    private static final Pattern TRAILING_SPACE = Pattern.compile("(?m)[ \\u00A0]+$");
    private static final List<String> COUNTS = List.of("two", "three", "four", "five", "six");

    private final AnswerReader reader = new AnswerReader();

    public ReplyProposal split(String replyText, List<QuestionRef> questions, Regime regime) {
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(regime, "regime");
        ReplyText reply = new ReplyText(replyText == null ? "" : replyText);
        String text = reply.text();
        List<Anchor> anchors = QuestionAnchors.find(reply, questions);
        List<String> unmatched = new ArrayList<>();
        String[] answers = new String[questions.size()];
        int preambleEnd = anchors.isEmpty() ? text.length() : reply.lineStart(anchors.getFirst().startLine());
        unmatched.addAll(paragraphs(text.substring(0, preambleEnd)));
        List<String> closing = List.of();
        for (int a = 0; a < anchors.size(); a++) {
            Anchor anchor = anchors.get(a);
            int end = a + 1 < anchors.size() ? reply.lineStart(anchors.get(a + 1).startLine()) : text.length();
            int from = answerStart(reply, anchor, questions, end);
            String answer = text.substring(Math.min(from, end), end);
            if (a == anchors.size() - 1) {
                int close = closingStart(answer);
                closing = paragraphs(answer.substring(close));
                answer = withoutRequestersWords(answer.substring(0, close), unmatched);
            }
            for (int q : anchor.questions()) {
                answers[q] = tidy(answer);
            }
        }
        unmatched.addAll(closing);
        shareJointAnswers(anchors, answers);
        List<AnswerProposal> proposals = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            proposals.add(reader.read(q, answers[q] == null ? "" : answers[q], regime));
        }
        return new ReplyProposal(proposals, unmatched, List.of());
    }

    /** After the label and, when the reply restates it, after the question's own words. */
    private static int answerStart(ReplyText reply, Anchor anchor, List<QuestionRef> questions, int end) {
        if (anchor.questions().size() != 1) {
            return anchor.contentFrom();
        }
        List<String> question = ReplyText.wordTexts(questions.get(anchor.questions().getFirst()).text());
        List<ReplyText.Word> words = reply.words();
        int from = reply.firstWordFrom(anchor.contentFrom());
        int to = reply.firstWordFrom(end);
        if (question.isEmpty() || from >= to) {
            return anchor.contentFrom();
        }
        Restatement opening = Restatement.align(question, Math.min(question.size(), Restatement.OPENING), words, from, to);
        if (!anchor.restated() && !Restatement.restates(question, opening, from)) {
            return anchor.contentFrom();
        }
        Restatement whole = Restatement.align(question, question.size(), words, from, to);
        return whole.lastReplyWord() < 0 ? anchor.contentFrom() : words.get(whole.lastReplyWord()).end();
    }

    /** Where the letter's close begins in the last answer: the re-use licence, review rights, signature. */
    private static int closingStart(String answer) {
        int offset = 0;
        for (String line : answer.split("\n", -1)) {
            if (offset > 0 && ReplyWording.SIGN_OFF.matcher(line).find()) {
                return offset;
            }
            offset += line.length() + 1;
        }
        return answer.length();
    }

    /** The request's closing words ("please instead provide it…"), restated after the last answer. */
    private static String withoutRequestersWords(String answer, List<String> unmatched) {
        List<String> kept = new ArrayList<>(List.of(PARAGRAPH_BREAK.split(answer, -1)));
        List<String> moved = new ArrayList<>();
        while (kept.size() > 1 && (kept.getLast().isBlank() || ReplyWording.REQUESTER_VOICE.matcher(kept.getLast()).find())) {
            String last = kept.removeLast();
            if (!last.isBlank()) {
                moved.addFirst(last.strip());
            }
        }
        unmatched.addAll(moved);
        return String.join("\n\n", kept);
    }

    /**
     * An answer left empty because the reply answers it with the next question ("In response to
     * the two questions above") gets that answer; "both", "two", "three"… say how many.
     */
    private static void shareJointAnswers(List<Anchor> anchors, String[] answers) {
        for (int a = 1; a < anchors.size(); a++) {
            String answer = answers[anchors.get(a).questions().getFirst()];
            String opening = answer == null ? "" : PARAGRAPH_BREAK.split(answer.strip(), 2)[0];
            Matcher joint = ReplyWording.JOINT_ANSWER.matcher(opening);
            if (!joint.find()) {
                continue;
            }
            int others = othersNamed(joint);
            for (int b = a - 1; b >= 0 && others > 0; b--, others--) {
                List<Integer> earlier = anchors.get(b).questions();
                if (!answers[earlier.getFirst()].isBlank()) {
                    break;
                }
                earlier.forEach(q -> answers[q] = answer);
            }
        }
    }

    private static int othersNamed(Matcher joint) {
        String count = joint.group(1) != null ? joint.group(1) : joint.group(4);
        if (joint.group(2) != null) {
            return Math.max(1, Integer.parseInt(joint.group(3)) - Integer.parseInt(joint.group(2)));
        }
        if (count == null || count.equalsIgnoreCase("these") || count.equalsIgnoreCase("all")) {
            return Integer.MAX_VALUE;
        }
        return count.equalsIgnoreCase("both") ? 1 : COUNTS.indexOf(count.toLowerCase(Locale.ROOT)) + 1;
    }

    /** The answer as written, without leftovers of the restated question, markers or spare blank lines. */
    private static String tidy(String answer) {
        String text = TRAILING_SPACE.matcher(answer.replace('\u00A0', ' ')).replaceAll("");
        text = LEFTOVER.matcher(text).replaceFirst("");
        text = dropLeadingBlankLines(text);
        Matcher marker = ANSWER_MARKER.matcher(text);
        if (marker.find()) {
            text = dropLeadingBlankLines(LEFTOVER.matcher(text.substring(marker.end())).replaceFirst(""));
        }
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.stripTrailing().isEmpty() ? "" : stripTrailingBlankLines(text);
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

    private static List<String> paragraphs(String text) {
        String spaced = TRAILING_SPACE.matcher(text.replace('\u00A0', ' ')).replaceAll("");
        return PARAGRAPH_BREAK.splitAsStream(spaced).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
