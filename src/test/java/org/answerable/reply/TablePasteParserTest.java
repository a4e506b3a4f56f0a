package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TablePasteParserTest {

    private static DataTable parse(String text) {
        return TablePasteParser.parse(text).orElseThrow();
    }

    private static List<String> raws(List<Cell> row) {
        return row.stream().map(Cell::raw).toList();
    }

    @Test
    void a_spreadsheet_paste_names_its_rows_from_the_corner_cell() {
        DataTable table = parse("Year\tCSE\tCCE\n2015\t19\t-\n2016\t53\tc\n");

        assertThat(table.rowDimension()).isEqualTo("Year");
        assertThat(table.columnHeaders()).containsExactly("CSE", "CCE");
        assertThat(table.rowHeaders()).containsExactly("2015", "2016");
        assertThat(table.rows()).extracting(r -> r.get(1).kind()).containsExactly(CellKind.NOT_RECORDED, CellKind.SUPPRESSED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Year\tPotholes\tRepaired\n2022\t120\t80\n2023\t140\t95\nTotal\t260\t175\n",
        "Year\tPotholes\tRepaired\n2022\t120\t80\n2023\t140\t95\n2024 (to date)\t30\t12\n",
        "Age band\tPotholes\tRepaired\n10-14\t120\t80\n15-17\t140\t95\n18+\t30\t12\n",
        "Age\tPotholes\tRepaired\n16\t120\t80\n17\t140\t95\n18\t30\t12\n",
        "Officer\tPotholes\tRepaired\nA. Khan\t120\t80\nB. Jones\t140\t95\nUnknown\t30\t12\n",
    })
    void a_first_column_of_labels_is_the_row_dimension_and_not_a_column_of_figures(String pasted) {
        DataTable table = parse(pasted);

        String corner = pasted.substring(0, pasted.indexOf('\t'));
        assertThat(table.rowDimension()).isEqualTo(corner);
        assertThat(table.columnHeaders()).containsExactly("Potholes", "Repaired");
        assertThat(table.rowHeaders()).hasSize(3).doesNotContain("");
        assertThat(raws(table.rows().get(2))).containsExactly(pasted.split("\n")[3].split("\t")[1], pasted.split("\n")[3].split("\t")[2]);
    }

    @Test
    void a_spreadsheet_paste_with_years_across_the_top_is_read_the_right_way_round() {
        DataTable table = parse("\t2015\t2016\nCSE\t19\t53\nCCE\t-\t4\n");

        assertThat(table.columnHeaders()).containsExactly("2015", "2016");
        assertThat(table.rowHeaders()).containsExactly("CSE", "CCE");
        assertThat(table.cell(1, 1).value()).isEqualByComparingTo("4");
    }

    @Test
    void the_leicester_age_table_pasted_one_cell_per_line() {
        String reply = LeicesterExamples.reply(LeicesterExamples.CSE_CCE);
        String pasted = String.join("\n", reply.lines().toList().subList(11, 83));

        DataTable table = parse(pasted);

        assertThat(table.columnHeaders()).containsExactly("CSE 10-14", "CSE 15-19", "CE 10-14", "CE 15-19");
        assertThat(table.rowHeaders()).hasSize(10);
        assertThat(raws(table.rows().get(6))).containsExactly("66", "50", "22", "41");
    }

    @Test
    void a_group_header_spans_equal_widths_when_the_row_below_gives_no_hint() {
        DataTable table = parse("\tCSE\t\tCE\t\n\t10-14\t15-19\t10-14\t15-19\n2015\t19\t20\t-\t-\n");

        assertThat(table.columnHeaders()).containsExactly("CSE 10-14", "CSE 15-19", "CE 10-14", "CE 15-19");
    }

    @Test
    void a_group_header_of_fewer_cells_is_spread_where_words_turn_into_ages() {
        DataTable table = parse("Sex\tAge\nMale\tFemale\t10-14\t15-17\n3\t<5\t4\t6\n");

        assertThat(table.columnHeaders()).containsExactly("Sex Male", "Sex Female", "Age 10-14", "Age 15-17");
        assertThat(table.rowHeaders()).containsExactly("");
        assertThat(table.cell(0, 1).kind()).isEqualTo(CellKind.SUPPRESSED);
    }

    @Test
    void spaced_out_columns_with_a_heading_line_from_a_pdf() {
        DataTable table = parse("""
                Year    Referrals    Cost
                2022    120          £3,400
                2023    c            £4,100
                """);

        assertThat(table.rowDimension()).isEqualTo("Year");
        assertThat(table.columnHeaders()).containsExactly("Referrals", "Cost");
        assertThat(raws(table.rows().get(1))).containsExactly("c", "£4,100");
        assertThat(table.cell(1, 1).kind()).isEqualTo(CellKind.AMOUNT);
    }

    @Test
    void years_followed_by_figures_separated_by_single_spaces() {
        DataTable table = parse("2015 19 20 - -\n2016 53 105 - -\n");

        assertThat(table.rowHeaders()).containsExactly("2015", "2016");
        assertThat(raws(table.rows().get(1))).containsExactly("53", "105", "-", "-");
        assertThat(table.columnHeaders()).containsExactly("", "", "", "");
    }

    @Test
    void a_pdf_paste_one_cell_per_line_without_tabs() {
        DataTable table = parse("""
                Year
                CSE
                CCE

                2015
                19
                -

                2016
                53
                4
                """);

        assertThat(table.rowDimension()).isEqualTo("Year");
        assertThat(table.columnHeaders()).containsExactly("CSE", "CCE");
        assertThat(raws(table.rows().get(1))).containsExactly("53", "4");
    }

    @Test
    void the_table_is_found_inside_the_words_around_it() {
        DataTable table = parse("""
                The figures are as follows:
                \tYear\tCases
                \t2023\t12
                \t2024\t<5
                Figures under 5 are suppressed.
                """);

        assertThat(table.rowHeaders()).containsExactly("2023", "2024");
        assertThat(table.rows()).hasSize(2);
    }

    @Test
    void a_pipe_table_from_a_web_page_or_markdown() {
        DataTable table = parse("""
                | Year | Referrals | Repaired |
                |------|-----------|----------|
                | 2022 | 120 | [redacted] |
                | 2023 | fewer than 5 | n/a |
                """);

        assertThat(table.rowDimension()).isEqualTo("Year");
        assertThat(table.columnHeaders()).containsExactly("Referrals", "Repaired");
        assertThat(table.rows().get(0)).extracting(Cell::kind).containsExactly(CellKind.NUMBER, CellKind.SUPPRESSED);
        assertThat(table.rows().get(1)).extracting(Cell::raw).containsExactly("fewer than 5", "n/a");
        assertThat(table.rows().get(1)).extracting(Cell::kind).containsExactly(CellKind.SUPPRESSED, CellKind.NOT_RECORDED);
    }

    @Test
    void a_star_the_letter_explains_as_a_footnote_is_a_missing_figure_not_a_suppressed_one() {
        DataTable table = parse("""
                2014 – 2015 | 1,401 |
                2013 – 2014 | * |
                *refers to years when our request recording system was not in place.
                """);

        assertThat(table.rowHeaders()).containsExactly("2014 – 2015", "2013 – 2014");
        assertThat(table.cell(1, 0)).isEqualTo(new Cell(CellKind.NOT_RECORDED, "*", null));
    }

    @Test
    void a_star_the_letter_explains_as_a_small_number_stays_suppressed() {
        DataTable table = parse("2022\t12\n2023\t*\n* denotes a figure of fewer than 5, withheld to protect identities\n");

        assertThat(table.cell(1, 0).kind()).isEqualTo(CellKind.SUPPRESSED);
        assertThat(table.cell(1, 0).value()).isNull();
    }

    @Test
    void a_figure_with_a_footnote_mark_keeps_its_value() {
        DataTable table = parse("Year\tRequests\n2011\t1,105\n2012\t1,329*\n* Two hospitals merged in 2012.\n");

        assertThat(table.cell(1, 0).raw()).isEqualTo("1,329*");
        assertThat(table.cell(1, 0).value()).isEqualByComparingTo("1329");
    }

    @Test
    void blank_cells_and_nil_are_zero_only_where_the_letter_says_so() {
        String pasted = "Ward\tFines\tWarnings\nAbbey\t4\t\nCastle\tnil\t2\n";

        DataTable unexplained = parse(pasted);
        DataTable explained = parse(pasted + "A blank cell indicates zero; nil = 0.\n");

        assertThat(unexplained.cell(0, 1).value()).isNull();
        assertThat(unexplained.cell(1, 0).kind()).isEqualTo(CellKind.TEXT);
        assertThat(explained.cell(0, 1)).isEqualTo(new Cell(CellKind.NUMBER, "", java.math.BigDecimal.ZERO));
        assertThat(explained.cell(1, 0)).isEqualTo(new Cell(CellKind.NUMBER, "nil", java.math.BigDecimal.ZERO));
    }

    @Test
    void words_then_figures_with_single_spaces_and_the_heading_above() {
        DataTable table = parse("""
                The outcomes were as follows.

                Information released? Total
                Closed BAU 30
                Closed No Clarification 68
                Exemption applied <5
                """);

        assertThat(table.rowDimension()).isEqualTo("Information released?");
        assertThat(table.columnHeaders()).containsExactly("Total");
        assertThat(table.rowHeaders()).containsExactly("Closed BAU", "Closed No Clarification", "Exemption applied");
        assertThat(table.cell(2, 0).kind()).isEqualTo(CellKind.SUPPRESSED);
    }

    @Test
    void a_period_word_leads_a_single_spaced_heading_over_years() {
        DataTable table = parse("Year FOI Requests received\n2018 1633\n2019 1619\n");

        assertThat(table.rowDimension()).isEqualTo("Year");
        assertThat(table.columnHeaders()).containsExactly("FOI Requests received");
    }

    @Test
    void blocks_of_the_same_labels_under_headings_become_one_column_each() {
        DataTable table = parse("""
                End of March 2023

                1a – 27

                1b – 8

                End of June 23

                1a – 36

                1b - 8
                """);

        assertThat(table.columnHeaders()).containsExactly("End of March 2023", "End of June 23");
        assertThat(table.rowHeaders()).containsExactly("1a", "1b");
        assertThat(table.rows().get(0)).extracting(Cell::raw).containsExactly("27", "36");
    }

    @Test
    void one_line_of_figures_filled_into_the_requesters_table_is_a_row() {
        DataTable table = parse("1360 1218 1389 1427 1207");

        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().getFirst()).extracting(Cell::raw).containsExactly("1360", "1218", "1389", "1427", "1207");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "We do not hold this information.",
        "Yes.  Regular auditing takes place monthly as part of routine quality assurance under the framework.",
        "3\nperson white British Ethnicity.\n\n1\nperson Indian Ethnicity\n\n1\nperson Pakistani Ethnicity",
        "\tPolice\n\tHealth\n\tEducation",
        "In 2021 there were 5 cases.\nIn 2022 there were 7 cases.",
        "Numbers fewer than 5\nhave been withheld in line with 40",
        "CSE cases open during reporting year April 01-March 31\nfrom 1 April to 31 March 2023",
        "we must respond within 20\nand the time it takes is at least 18",
        "| Name | Role |\n| Finance | Director |\n| Legal | Officer |",
        "2018 – 2019 | We do not hold this information. |\n2017 – 2018 | As above |",
    })
    void prose_and_lists_are_not_tables(String text) {
        assertThat(TablePasteParser.parse(text)).isEmpty();
    }
}
