package org.answerable.campaign.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A campaign's answers side by side: a row per authority, a column per campaign question. Also
 * readable as plain headers and rows of text, for exports.
 */
public record ComparisonGrid(Long campaignId, String campaignName, List<ComparedQuestion> questions,
        List<ComparisonRow> rows) {

    public ComparisonGrid {
        questions = List.copyOf(questions);
        rows = List.copyOf(rows);
    }

    public List<QuestionSummary> summaries() {
        return questions.stream().map(this::summary).toList();
    }

    public QuestionSummary summary(ComparedQuestion question) {
        return QuestionSummary.of(question, rows.stream().map(r -> r.cell(question)).toList());
    }

    /** The authorities whose answer to each chosen question falls in the chosen group. */
    public List<ComparisonRow> rowsWhere(Map<Long, OutcomeGroup> groupByQuestion) {
        return rows.stream().filter(row -> questions.stream().allMatch(q -> {
            OutcomeGroup wanted = groupByQuestion.get(q.id());
            return wanted == null || row.cell(q).group() == wanted;
        })).toList();
    }

    /** The questions whose answers hold a table of figures somewhere in the campaign. */
    public List<ComparedQuestion> questionsWithTables() {
        return questions.stream().filter(q -> rows.stream().anyMatch(r -> r.cell(q).table().isPresent())).toList();
    }

    /** "Authority", then for each question its outcome, provisions and value. */
    public List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("Authority"));
        for (ComparedQuestion q : questions) {
            headers.add(q.name() + " outcome");
            headers.add(q.name() + " provisions");
            headers.add(q.name() + " value");
        }
        return headers;
    }

    /** One line per authority, in the order of {@link #headers()}. */
    public List<List<String>> textRows() {
        return rows.stream().map(row -> {
            List<String> line = new ArrayList<>(List.of(row.authorityName()));
            for (ComparedQuestion q : questions) {
                ComparisonCell cell = row.cell(q);
                line.add(cell.outcomeText());
                line.add(cell.provisionsText());
                line.add(cell.value());
            }
            return List.copyOf(line);
        }).toList();
    }
}
