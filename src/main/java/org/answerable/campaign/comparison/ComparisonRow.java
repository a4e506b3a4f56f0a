package org.answerable.campaign.comparison;

import java.util.Map;

/** One authority of the campaign with its cell for each campaign question (by campaign question id). */
public record ComparisonRow(Long requestId, String authorityName, Map<Long, ComparisonCell> cells) {

    public ComparisonRow {
        cells = Map.copyOf(cells);
    }

    public ComparisonCell cell(ComparedQuestion question) {
        return cells.getOrDefault(question.id(), ComparisonCell.unanswered(requestId, null));
    }
}
