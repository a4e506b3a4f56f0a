package org.answerable.reply;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the splitter proposes as the answer to one question, for the user to confirm.
 *
 * @param questionIndex position of the question in the request, from 0
 * @param answerText the reply's words for this question, without the restated question; blank
 *     when the reply says nothing about it
 * @param suppressedMarkers the suppression markers used, as written ("c", "<5")
 * @param costEstimate the cost figures given with a cost-limit refusal, e.g. "18 hours (£450)"
 * @param publishedAt the web address an answer points to when the information is published elsewhere
 * @param placement how the answer was found in the reply
 * @param attention why the user should check this proposal; empty when the assistant is sure
 */
public record AnswerProposal(int questionIndex, String answerText, Outcome suggestedOutcome, List<Citation> citations,
        List<String> suppressedMarkers, Optional<DataTable> table, boolean publicInterestTestStated,
        Optional<String> costEstimate, Optional<String> publishedAt, Placement placement, Set<Attention> attention) {

    public AnswerProposal {
        Objects.requireNonNull(answerText, "answerText");
        Objects.requireNonNull(suggestedOutcome, "suggestedOutcome");
        citations = List.copyOf(citations);
        suppressedMarkers = List.copyOf(suppressedMarkers);
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(costEstimate, "costEstimate");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(placement, "placement");
        attention = attention.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(attention));
    }

    /** The same proposal citing only these provisions. */
    public AnswerProposal withCitations(List<Citation> kept) {
        return new AnswerProposal(questionIndex, answerText, suggestedOutcome, kept, suppressedMarkers, table,
                publicInterestTestStated, costEstimate, publishedAt, placement, attention);
    }

    /** Whether the side-by-side review should mark this proposal for a closer look. */
    public boolean needsAttention() {
        return !attention.isEmpty();
    }
}
