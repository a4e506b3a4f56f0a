package org.answerable.campaign.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.answerable.reply.Cell;
import org.answerable.reply.CellKind;
import org.answerable.reply.DataTable;

/**
 * A reading of an answer short enough for a grid cell: the authority's own total when its table
 * has one, else the total of the table's first column (suppressed figures counted, never added as
 * zero), else the first line of the answer.
 */
final class ShortValue {

    static final int MAX_LENGTH = 40;

    private ShortValue() {
    }

    static String of(String answerText, Optional<DataTable> table) {
        return table.flatMap(ShortValue::ofTable).map(v -> Texts.shorten(v, MAX_LENGTH))
                .orElseGet(() -> Texts.shorten(answerText, MAX_LENGTH));
    }

    private static Optional<String> ofTable(DataTable table) {
        for (int r = 0; r < table.rowHeaders().size(); r++) {
            if (table.rowHeaders().get(r).strip().toLowerCase(Locale.ROOT).startsWith("total")) {
                Cell first = table.cell(r, 0);
                return first.isFigure() ? Optional.of("Total " + first.raw()) : Optional.empty();
            }
        }
        List<Cell> column = table.rows().stream().map(row -> row.getFirst()).toList();
        List<Cell> figures = column.stream().filter(c -> c.value() != null).toList();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = figures.stream().map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        long suppressed = column.stream().filter(c -> c.kind() == CellKind.SUPPRESSED).count();
        String column0 = table.columnHeaders().getFirst().strip();
        String heading = table.columnHeaders().size() > 1 && !column0.isEmpty() ? column0 + ": total " : "Total ";
        String money = figures.stream().allMatch(c -> c.kind() == CellKind.AMOUNT) ? "£" : "";
        return Optional.of(heading + money + Texts.number(sum) + (suppressed == 0 ? "" : " + " + suppressed + " suppressed"));
    }
}
