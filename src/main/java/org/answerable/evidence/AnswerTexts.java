package org.answerable.evidence;

import java.util.List;
import org.answerable.reply.Cell;
import org.answerable.reply.CellKind;
import org.answerable.reply.DataTable;
import org.answerable.reply.ProvisionCatalogue;

/** How an answer's parts read in an evidence pack, where nobody can hover for an explanation. */
final class AnswerTexts {

    static final int SHORT_VALUE_LENGTH = 120;

    private AnswerTexts() {
    }

    /** "FOIA s12 – Cost of compliance exceeds the appropriate limit": the law is named, as the pack may mix laws. */
    static String provision(String code) {
        String cited = code.replaceFirst("-", " ");
        return ProvisionCatalogue.byCode(code).map(p -> cited + " – " + p.shortName()).orElse(cited);
    }

    static List<String> provisions(List<String> codes) {
        return codes.stream().map(AnswerTexts::provision).toList();
    }

    /**
     * A suppressed or not-recorded cell says so in words, so that nobody reading the pack takes
     * "c" or "-" for a zero.
     */
    static String cell(Cell cell) {
        return switch (cell.kind()) {
            case SUPPRESSED -> cell.raw() + " (suppressed)";
            case NOT_RECORDED -> cell.raw().isEmpty() ? "(not recorded)" : cell.raw() + " (not recorded)";
            default -> cell.raw();
        };
    }

    /** One line for a comparison: the cost estimate of a cost refusal, the start of the answer, or the table's shape. */
    static String shortValue(String answerText, String costEstimate, DataTable table) {
        if (costEstimate != null && !costEstimate.isBlank()) {
            return "Cost estimate: " + costEstimate;
        }
        if (answerText != null && !answerText.isBlank()) {
            String firstLine = answerText.strip().lines().findFirst().orElse("");
            return firstLine.length() <= SHORT_VALUE_LENGTH ? firstLine
                    : firstLine.substring(0, SHORT_VALUE_LENGTH - 1).stripTrailing() + "…";
        }
        if (table != null) {
            long suppressed = table.rows().stream().flatMap(List::stream).filter(c -> c.kind() == CellKind.SUPPRESSED).count();
            return "Table of " + table.rows().size() + " × " + table.columnHeaders().size()
                    + (suppressed > 0 ? ", " + suppressed + " suppressed" : "");
        }
        return "";
    }
}
