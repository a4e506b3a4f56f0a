package org.answerable.campaign.comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.answerable.reply.Cell;
import org.answerable.reply.DataTable;

/**
 * One authority's table read as measures along a dimension: normally the row labels are the
 * dimension (years down the side) and each column a measure ("CSE", "CCE"). A table with years
 * across the top and no years down the side is read the other way round, so both layouts of the
 * same figures line up.
 *
 * @param measures by normalised measure name: the cells along the dimension, by dimension label as written
 */
record TableSeries(String dimensionName, Map<String, String> measureNames, Map<String, Map<String, Cell>> measures) {

    static final String UNNAMED = "Figures";
    private static final Pattern PERIOD = Pattern.compile("(?i)(?:19|20)\\d{2}(?:\\s?[-–/]\\s?(?:19|20)?\\d{2})?"
            + "|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:19|20)\\d{2}");

    static TableSeries of(DataTable table) {
        boolean rowsLabelled = table.rowHeaders().stream().anyMatch(h -> !h.isBlank());
        boolean yearsAcross = allPeriods(table.columnHeaders()) && !(rowsLabelled && allPeriods(table.rowHeaders()));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, Cell>> measures = new LinkedHashMap<>();
        if (rowsLabelled && !yearsAcross) {
            for (int c = 0; c < table.columnHeaders().size(); c++) {
                String name = table.columnHeaders().get(c).isBlank() ? UNNAMED : table.columnHeaders().get(c).strip();
                Map<String, Cell> along = along(names, measures, name);
                for (int r = 0; r < table.rows().size(); r++) {
                    along.putIfAbsent(table.rowHeaders().get(r).strip(), table.cell(r, c));
                }
            }
            return new TableSeries(table.rowDimension(), names, measures);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            String label = table.rowHeaders().get(r).strip();
            String name = label.isEmpty() ? (table.rows().size() == 1 ? UNNAMED : "Row " + (r + 1)) : label;
            Map<String, Cell> along = along(names, measures, name);
            for (int c = 0; c < table.columnHeaders().size(); c++) {
                along.putIfAbsent(table.columnHeaders().get(c).strip(), table.cell(r, c));
            }
        }
        return new TableSeries(table.columnDimension(), names, measures);
    }

    private static Map<String, Cell> along(Map<String, String> names, Map<String, Map<String, Cell>> measures, String name) {
        names.putIfAbsent(key(name), name);
        return measures.computeIfAbsent(key(name), k -> new LinkedHashMap<>());
    }

    /** Labels compare without case or extra spaces: "CSE " and "cse" are the same measure. */
    /** A single row or column of figures without a heading: it measures what the question asks. */
    boolean unnamed() {
        return measures.size() == 1 && measures.containsKey(key(UNNAMED));
    }

    static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static boolean isPeriod(String label) {
        return PERIOD.matcher(label.strip()).matches();
    }

    private static boolean allPeriods(List<String> labels) {
        return !labels.isEmpty() && labels.stream().allMatch(TableSeries::isPeriod);
    }
}
