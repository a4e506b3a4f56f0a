package org.answerable.campaign.comparison;

import java.util.List;
import java.util.Optional;
import org.answerable.reply.DataTable;
import org.answerable.reply.Outcome;

/**
 * What one authority said to one campaign question.
 *
 * @param questionId the request's own copy of the question; null when it was taken out of that request
 * @param answerId null while no answer is recorded
 * @param outcome null while no answer is recorded
 * @param value a short reading of the answer ({@link ShortValue}), empty when there is nothing to show
 */
public record ComparisonCell(Long requestId, Long questionId, Long answerId, Outcome outcome,
        List<String> provisionCodes, String value, Optional<DataTable> table) {

    public ComparisonCell {
        provisionCodes = List.copyOf(provisionCodes);
        value = value == null ? "" : value;
        table = table == null ? Optional.empty() : table;
    }

    static ComparisonCell unanswered(Long requestId, Long questionId) {
        return new ComparisonCell(requestId, questionId, null, null, List.of(), "", Optional.empty());
    }

    public boolean answered() {
        return outcome != null;
    }

    public OutcomeGroup group() {
        return OutcomeGroup.of(outcome);
    }

    public String outcomeText() {
        if (outcome != null) {
            return outcome.label();
        }
        return questionId == null ? "Not asked" : OutcomeGroup.NO_ANSWER.label();
    }

    /** "FOIA s12, FOIA s40(2)", or empty. */
    public String provisionsText() {
        return String.join(", ", provisionCodes.stream().map(Texts::provision).toList());
    }

    /** The request page, at this question's answer when there is one. */
    public String link() {
        return "requests/" + requestId + (questionId == null ? "" : "#question-" + questionId);
    }
}
