package org.answerable.reply;

import java.util.List;

/**
 * The splitter's reading of a reply: one proposal per question of the request, in the request's
 * order, and every paragraph it could not give to a question (the letter's opening and close
 * among them), so that nothing the authority wrote is lost.
 */
public record ReplyProposal(List<AnswerProposal> answers, List<String> unmatchedSegments) {

    public ReplyProposal {
        answers = List.copyOf(answers);
        unmatchedSegments = List.copyOf(unmatchedSegments);
    }
}
