package org.answerable.reply;

import java.util.List;

/**
 * Lines a question up with the reply's words to find where the reply restates it. Councils copy
 * the question, but quotes, a dropped word or an added "e.g." must not break the match; three
 * unmatched words in a row end it.
 *
 * @param matched question words found in order
 * @param firstQuestionWord index of the first question word matched, -1 when none
 * @param firstReplyWord index of the first reply word matched, -1 when none
 * @param lastReplyWord index of the last reply word matched, -1 when none
 */
record Restatement(int matched, int firstQuestionWord, int firstReplyWord, int lastReplyWord) {

    private static final int LOOKAHEAD = 3;
    private static final int MISSES_ALLOWED = 3;
    /** Enough of a question's opening words to tell it from a sentence that echoes it. */
    static final int OPENING = 12;

    static Restatement align(List<String> question, int questionLimit, List<ReplyText.Word> reply, int from, int to) {
        int i = 0;
        int j = from;
        int matched = 0;
        int misses = 0;
        int firstQ = -1;
        int firstR = -1;
        int lastR = -1;
        while (i < questionLimit && j < to) {
            if (question.get(i).equals(reply.get(j).text())) {
                if (matched++ == 0) {
                    firstQ = i;
                    firstR = j;
                }
                lastR = j;
                i++;
                j++;
                misses = 0;
                continue;
            }
            int skipQuestion = skip(question, i, questionLimit, reply.get(j).text());
            int skipReply = 0;
            for (int k = 1; k <= LOOKAHEAD && j + k < to && skipReply == 0; k++) {
                skipReply = reply.get(j + k).text().equals(question.get(i)) ? k : 0;
            }
            if (skipQuestion > 0 && (skipReply == 0 || skipQuestion <= skipReply)) {
                i += skipQuestion;
            } else if (skipReply > 0) {
                j += skipReply;
            } else if (++misses >= MISSES_ALLOWED) {
                break;
            } else {
                i++;
                j++;
            }
        }
        return new Restatement(matched, firstQ, firstR, lastR);
    }

    private static int skip(List<String> question, int i, int limit, String word) {
        for (int k = 1; k <= LOOKAHEAD && i + k < limit; k++) {
            if (question.get(i + k).equals(word)) {
                return k;
            }
        }
        return 0;
    }

    /**
     * Whether the reply, from the given word on, repeats the question: it starts with the
     * question's first words and has most of the question's opening.
     */
    static boolean restates(List<String> question, Restatement opening, int from) {
        int window = Math.min(question.size(), OPENING);
        return opening.matched() > 0 && opening.firstQuestionWord() <= 1 && opening.firstReplyWord() - from <= 2
                && opening.matched() >= Math.ceil(0.8 * window);
    }
}
