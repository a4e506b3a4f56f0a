package org.answerable.reply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a reply restates the request's questions, found by their words wherever a line, a list
 * item or a sentence starts: as a numbered list before the answers, one by one between them, or
 * run together in one paragraph. A question may be restated more than once (quoted with the
 * request, then again above its answer); near-identical questions ("FOI requests received" and
 * "SAR requests received") each keep the place that fits them best.
 */
final class Restatements {

    /**
     * One place the reply restates a question.
     *
     * @param start offset of the first restated word
     * @param end offset after the last restated word
     * @param fit the whole question's words against the words to the end of the place's line:
     *     "under 5 in temporary accommodation" fits its own line better than "under 5 in Bed and
     *     Breakfast temporary accommodation" or "… temporary accommodation for more than 6 weeks",
     *     which its words match as well
     */
    record Occurrence(int question, int start, int end, double score, double fit) {}

    private static final int WINDOW = 40;
    private static final double TEXT_MATCH = 0.6;
    // A weaker copy than the best still counts when the reply quotes the request twice.
    private static final double REPEAT_MARGIN = 0.15;
    private static final String OPENERS = "\"“‘'(*_#>•·◦▪-–—[";
    private static final String ENDS = ".?!:;)]";

    private Restatements() {
    }

    static List<Occurrence> find(ReplyText reply, List<QuestionRef> questions) {
        List<ReplyText.Word> words = reply.words();
        List<Occurrence> candidates = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            List<String> question = ReplyText.wordTexts(questions.get(q).text());
            int window = Math.min(question.size(), WINDOW);
            if (window == 0) {
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                if (!question.subList(0, Math.min(3, question.size())).contains(words.get(i).text()) || !unitStart(reply.text(), words.get(i).start())) {
                    continue;
                }
                Restatement opening = Restatement.align(question, window, words, i, Math.min(words.size(), i + window + 20));
                boolean starts = opening.matched() > 0 && opening.firstQuestionWord() <= 2 && opening.firstReplyWord() == i;
                boolean enough = window < 4 ? opening.matched() == window : opening.matched() >= TEXT_MATCH * window
                        || question.size() > Restatement.OPENING && Restatement.restates(question,
                                Restatement.align(question, Restatement.OPENING, words, i, Math.min(words.size(), i + Restatement.OPENING + 10)), i);
                if (starts && enough) {
                    Restatement whole = Restatement.align(question, question.size(), words, i,
                            Math.min(words.size(), i + 2 * question.size() + 20));
                    int spanned = lineEndWord(reply.text(), words, whole.lastReplyWord()) - i + 1;
                    candidates.add(new Occurrence(q, words.get(i).start(), words.get(whole.lastReplyWord()).end(),
                            (double) opening.matched() / window, (double) whole.matched() / Math.max(question.size(), spanned)));
                }
            }
        }
        return choose(candidates);
    }

    /** Best first; a place serves one question; a question's weaker copies only when nearly as good. */
    private static List<Occurrence> choose(List<Occurrence> candidates) {
        List<Occurrence> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Occurrence::score).reversed()
                .thenComparing(Comparator.comparingDouble(Occurrence::fit).reversed()).thenComparingInt(Occurrence::start));
        Map<Integer, Double> best = new HashMap<>();
        List<Occurrence> chosen = new ArrayList<>();
        for (Occurrence c : sorted) {
            boolean overlaps = chosen.stream().anyMatch(o -> c.start() < o.end() && o.start() < c.end());
            Double top = best.get(c.question());
            if (!overlaps && (top == null || c.score() >= top - REPEAT_MARGIN)) {
                chosen.add(c);
                best.putIfAbsent(c.question(), c.score());
            }
        }
        chosen.sort(Comparator.comparingInt(Occurrence::start));
        return chosen;
    }

    /** The last word on the line of the given word: a question's line ends with it or with more words of another. */
    private static int lineEndWord(String text, List<ReplyText.Word> words, int word) {
        int last = word;
        while (last + 1 < words.size() && text.substring(words.get(last).end(), words.get(last + 1).start()).indexOf('\n') < 0) {
            last++;
        }
        return last;
    }

    /** A line's start, after a label or bullet, or a new sentence: not the middle of a sentence. */
    static boolean unitStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0'
                || OPENERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        int last = at - 1;
        while (last >= 0 && (text.charAt(last) == ' ' || text.charAt(last) == '\u00A0')) {
            last--;
        }
        if (last > 0 && last < at - 1 && text.charAt(last) == ',' && Character.isDigit(text.charAt(last - 1))) {
            last--;
        }
        if (last >= 0 && last < at - 1 && Character.isDigit(text.charAt(last))) {
            // "1 How many …", "1, When …": a bare number opening the line labels the question.
            int before = last;
            while (before >= 0 && Character.isDigit(text.charAt(before))) {
                before--;
            }
            if (last - before <= 2 && (before < 0 || text.charAt(before) == '\n')) {
                return true;
            }
        }
        return i < 0 || text.charAt(i) == '\n' || ENDS.indexOf(text.charAt(i)) >= 0;
    }
}
