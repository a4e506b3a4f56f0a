package org.answerable.reply;

import java.util.List;

/**
 * The splitter's reading of a reply: one proposal per question of the request, in the request's
 * order, and every paragraph it could not give to a question (the letter's opening and close
 * among them), so that nothing the authority wrote is lost.
 *
 * @param letterCitations provisions the letter cites for the whole request, in its opening or close
 */
public record ReplyProposal(List<AnswerProposal> answers, List<String> unmatchedSegments, List<Citation> letterCitations) {

    public ReplyProposal {
        answers = List.copyOf(answers);
        unmatchedSegments = List.copyOf(unmatchedSegments);
        letterCitations = List.copyOf(letterCitations);
    }
}
