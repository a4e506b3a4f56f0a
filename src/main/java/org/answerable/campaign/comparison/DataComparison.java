package org.answerable.campaign.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.answerable.reply.Cell;

/**
 * The figures several authorities gave for one question, in one table: a row per authority, a
 * column per value of the dimension (usually years). A suppressed or not-recorded figure stays
 * what the authority wrote and is never read as zero.
 *
 * @param measures what the tables measure ("CSE", "CCE"); the comparison shows one of them
 * @param dimensionValues the columns, as the first table to mention each wrote it
 * @param withoutFigures the authorities that gave no such figures, with what they did instead
 */
public record DataComparison(ComparedQuestion question, String dimensionName, List<String> measures, String measure,
        List<String> dimensionValues, List<Row> rows, List<String> withoutFigures, boolean overTime) {

    /** One authority's figures, by dimension value. */
    public record Row(Long requestId, String authorityName, Map<String, Cell> cells) {

        public Optional<Cell> cell(String dimensionValue) {
            return Optional.ofNullable(cells.get(TableSeries.key(dimensionValue)));
        }

        /** The figure as the table shows it: "12", "c (suppressed)", "- (not recorded)", "not given". */
        public String text(String dimensionValue) {
            return cell(dimensionValue).map(DataComparison::text).orElse("not given");
        }

        /** Only real figures are charted; anything else is a gap. */
        public Optional<BigDecimal> chartValue(String dimensionValue) {
            return cell(dimensionValue).map(Cell::value);
        }
    }

    public DataComparison {
        measures = List.copyOf(measures);
        dimensionValues = List.copyOf(dimensionValues);
        rows = List.copyOf(rows);
        withoutFigures = List.copyOf(withoutFigures);
    }

    /**
     * Combines the tables of one question's answers. Without a chosen measure, or with one no table
     * has, the measure most tables share is shown. A table of one unnamed row or column of figures
     * (years and numbers, no heading) lines up with whichever measure is shown.
     */
    public static DataComparison of(ComparisonGrid grid, ComparedQuestion question, String chosenMeasure) {
        Map<Long, TableSeries> seriesByRequest = new LinkedHashMap<>();
        Map<String, String> measureNames = new LinkedHashMap<>();
        Map<String, Integer> tablesPerMeasure = new HashMap<>();
        for (ComparisonRow row : grid.rows()) {
            row.cell(question).table().map(TableSeries::of).ifPresent(series -> {
                seriesByRequest.put(row.requestId(), series);
                if (!series.unnamed()) {
                    series.measureNames().forEach((key, name) -> {
                        measureNames.putIfAbsent(key, name);
                        tablesPerMeasure.merge(key, 1, Integer::sum);
                    });
                }
            });
        }
        if (measureNames.isEmpty() && !seriesByRequest.isEmpty()) {
            measureNames.put(TableSeries.key(TableSeries.UNNAMED), TableSeries.UNNAMED);
            tablesPerMeasure.put(TableSeries.key(TableSeries.UNNAMED), seriesByRequest.size());
        }
        String measureKey = chosenMeasure != null && measureNames.containsKey(TableSeries.key(chosenMeasure))
                ? TableSeries.key(chosenMeasure)
                : measureNames.keySet().stream().max(Comparator.comparingInt(k -> tablesPerMeasure.get(k))).orElse("");

        Map<String, String> dimensions = new LinkedHashMap<>();
        String dimensionName = "";
        List<Row> rows = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (ComparisonRow row : grid.rows()) {
            TableSeries series = seriesByRequest.get(row.requestId());
            Map<String, Cell> along = series == null ? null
                    : series.unnamed() ? series.measures().values().iterator().next() : series.measures().get(measureKey);
            if (along == null) {
                without.add(row.authorityName() + " – " + (series == null ? row.cell(question).outcomeText().toLowerCase(Locale.UK)
                        + (row.cell(question).answered() ? ", no table" : "") : "no " + measureNames.get(measureKey) + " column"));
                continue;
            }
            if (dimensionName.isBlank()) {
                dimensionName = series.dimensionName();
            }
            Map<String, Cell> cells = new LinkedHashMap<>();
            along.forEach((label, cell) -> {
                dimensions.putIfAbsent(TableSeries.key(label), label);
                cells.putIfAbsent(TableSeries.key(label), cell);
            });
            rows.add(new Row(row.requestId(), row.authorityName(), cells));
        }
        boolean overTime = !dimensions.isEmpty() && dimensions.values().stream().allMatch(TableSeries::isPeriod);
        List<String> dimensionValues = new ArrayList<>(dimensions.values());
        if (overTime) {
            dimensionValues.sort(Comparator.comparing(TableSeries::key));
        }
        return new DataComparison(question, dimensionName.isBlank() ? (overTime ? "Year" : "Item") : dimensionName,
                List.copyOf(measureNames.values()), measureNames.getOrDefault(measureKey, ""), dimensionValues, rows,
                without, overTime);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The dimension values worth charting: a "Total" row would dwarf the rest. */
    public List<String> chartedValues() {
        return dimensionValues.stream().filter(v -> !TableSeries.key(v).startsWith("total")).toList();
    }

    /** What the chart leaves out and why: "Coventry 2017: c (suppressed)". */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        for (Row row : rows) {
            for (String value : chartedValues()) {
                if (row.chartValue(value).isEmpty()) {
                    gaps.add(row.authorityName() + " " + value + ": " + row.text(value));
                }
            }
        }
        return gaps;
    }

    public List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("Authority"));
        headers.addAll(dimensionValues);
        return headers;
    }

    public List<List<String>> textRows() {
        return rows.stream().map(row -> {
            List<String> line = new ArrayList<>(List.of(row.authorityName()));
            dimensionValues.forEach(v -> line.add(row.text(v)));
            return List.copyOf(line);
        }).toList();
    }

    static String text(Cell cell) {
        return switch (cell.kind()) {
            case SUPPRESSED -> cell.raw() + " (suppressed)";
            case NOT_RECORDED -> cell.raw() + " (not recorded)";
            case NUMBER, AMOUNT, TEXT -> cell.raw();
        };
    }
}
