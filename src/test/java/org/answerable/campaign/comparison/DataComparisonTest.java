package org.answerable.campaign.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.answerable.reply.Cell;
import org.answerable.reply.DataTable;
import org.answerable.reply.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataComparisonTest {

    private static final ComparedQuestion Q1 = new ComparedQuestion(1L, "1", "How many children were referred each year?");

    @Test
    void years_across_the_top_line_up_with_years_down_the_side() {
        DataTable down = new DataTable(List.of("Cases"), List.of("2015", "2016"), cells(List.of("10"), List.of("14")), "Year", "");
        DataTable across = new DataTable(List.of("2016", "2015", "2017"), List.of(""), cells(List.of("c", "12", "-")), "", "Year");

        DataComparison figures = DataComparison.of(grid(row(1L, "Leicester", down), row(2L, "Coventry", across)), Q1, null);

        assertThat(figures.headers()).containsExactly("Authority", "2015", "2016", "2017");
        assertThat(figures.overTime()).isTrue();
        assertThat(figures.textRows()).containsExactly(
                List.of("Leicester", "10", "14", "not given"),
                List.of("Coventry", "12", "c (suppressed)", "- (not recorded)"));
        assertThat(figures.gaps()).containsExactly("Leicester 2017: not given", "Coventry 2016: c (suppressed)",
                "Coventry 2017: - (not recorded)");
        assertThat(ComparisonChart.dataset(figures).getValue("Coventry", "2017")).isNull();
    }

    @Test
    void the_measure_most_tables_share_is_shown_first_and_another_can_be_chosen_whatever_its_case() {
        DataTable both = new DataTable(List.of("CSE", "CCE"), List.of("2015"), cells(List.of("5", "7")), "Year", "");
        DataTable cseOnly = new DataTable(List.of("cse "), List.of("2015"), cells(List.of("3")), "Year", "");
        ComparisonGrid grid = grid(row(1L, "Leicester", both), row(2L, "Coventry", cseOnly));

        DataComparison shown = DataComparison.of(grid, Q1, null);
        assertThat(shown.measures()).containsExactly("CSE", "CCE");
        assertThat(shown.measure()).isEqualTo("CSE");
        assertThat(shown.textRows()).containsExactly(List.of("Leicester", "5"), List.of("Coventry", "3"));

        DataComparison cce = DataComparison.of(grid, Q1, "cce");
        assertThat(cce.textRows()).containsExactly(List.of("Leicester", "7"));
        assertThat(cce.withoutFigures()).containsExactly("Coventry – no CCE column");
    }

    @Test
    void a_total_row_stays_in_the_table_but_out_of_the_chart() {
        DataTable withTotal = new DataTable(List.of("Cases"), List.of("2015", "2016", "Total"),
                cells(List.of("10"), List.of("14"), List.of("24")), "Year", "");

        DataComparison figures = DataComparison.of(grid(row(1L, "Leicester", withTotal)), Q1, null);

        assertThat(figures.dimensionValues()).containsExactly("2015", "2016", "Total");
        assertThat(figures.chartedValues()).containsExactly("2015", "2016");
        assertThat(ComparisonChart.svg(figures)).contains(">Leicester<").doesNotContain(ComparisonChart.GAP_NOTE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "10;14;11            | Total 35",
            "12;c;9              | Total 21 + 1 suppressed",
            "£1,200;£300         | Total £1,500",
            "10;14;Total:24      | Total 24",
            "-;n/a               | ''",
    })
    void a_table_is_summed_in_its_first_column_or_read_from_its_total_row(String column, String expected) {
        List<String> cells = List.of(column.split(";"));
        List<String> labels = java.util.stream.IntStream.range(0, cells.size())
                .mapToObj(i -> cells.get(i).startsWith("Total:") ? "Total" : String.valueOf(2015 + i)).toList();
        List<List<Cell>> rows = cells.stream().map(c -> List.of(Cell.of(c.replace("Total:", "")))).toList();
        DataTable table = new DataTable(List.of("Cases"), labels, rows, "Year", "");

        assertThat(ShortValue.of(null, Optional.of(table))).isEqualTo(expected);
    }

    @Test
    void without_figures_the_value_is_the_first_line_of_the_answer_cut_at_a_word() {
        assertThat(ShortValue.of("\n  We hold no record of referrals by the age of the child concerned.\nSecond line", Optional.empty()))
                .isEqualTo("We hold no record of referrals by the…");
        assertThat(ShortValue.of(null, Optional.empty())).isEmpty();
    }

    @ParameterizedTest(name = "{0} counts as {1}")
    @CsvSource({
            "ANSWERED, ANSWERED", "PARTLY_ANSWERED, PARTLY_ANSWERED", "REFUSED, REFUSED",
            "NEITHER_CONFIRM_NOR_DENY, REFUSED", "NOT_HELD, NOT_HELD", "REDIRECTED, OTHER",
            "CLARIFICATION_SOUGHT, OTHER", "NOT_ADDRESSED, OTHER"})
    void outcomes_fall_into_the_groups_campaigners_count(Outcome outcome, OutcomeGroup group) {
        assertThat(OutcomeGroup.of(outcome)).isEqualTo(group);
        assertThat(OutcomeGroup.of(null)).isEqualTo(OutcomeGroup.NO_ANSWER);
    }

    @Test
    void refusals_are_counted_by_provision_without_the_refusal_notice_marker() {
        ComparedQuestion q3 = new ComparedQuestion(3L, "3", "How much did it cost?");
        QuestionSummary summary = QuestionSummary.of(q3, List.of(
                refused(1L, "FOIA-s12", "FOIA-s17"), refused(2L, "FOIA-s12"), refused(3L, "FOIA-s40(2)"),
                ComparisonCell.unanswered(4L, 40L)));

        assertThat(summary.refusedByProvision()).containsExactly(Map.entry("FOIA-s12", 2), Map.entry("FOIA-s40(2)", 1));
        assertThat(summary.sentences()).containsExactly("3 of 4 refused Q3", "2 of 4 refused Q3 on cost (FOIA s12)",
                "1 of 4 refused Q3 under FOIA s40(2) (third-party personal data)", "1 of 4 have not answered Q3 yet");
    }

    private static ComparisonCell refused(Long requestId, String... provisions) {
        return new ComparisonCell(requestId, requestId * 10, requestId * 100, Outcome.REFUSED, List.of(provisions), "",
                Optional.empty());
    }

    private static ComparisonGrid grid(ComparisonRow... rows) {
        return new ComparisonGrid(1L, "Referrals", List.of(Q1), List.of(rows));
    }

    private static ComparisonRow row(Long requestId, String authority, DataTable table) {
        return new ComparisonRow(requestId, authority, Map.of(Q1.id(), new ComparisonCell(requestId, requestId * 10,
                requestId * 100, Outcome.ANSWERED, List.of(), "", Optional.of(table))));
    }

    @SafeVarargs
    private static List<List<Cell>> cells(List<String>... rows) {
        return Arrays.stream(rows).map(r -> r.stream().map(Cell::of).toList()).toList();
    }
}
