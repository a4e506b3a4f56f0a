package org.answerable.reply;

import static org.answerable.reply.LeicesterExamples.CSE_CCE;
import static org.answerable.reply.LeicesterExamples.MONITORING;
import static org.answerable.reply.LeicesterExamples.STRATEGY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a campaigner reads off the Leicester replies beyond the answers' words. */
class LeicesterReplyDetailsTest {

    private static AnswerProposal answer(String example, int question) {
        return ReplySplitterLeicesterTest.split(example).answers().get(question);
    }

    @Test
    void the_refusal_notice_and_not_held_citations_are_found_as_the_council_wrote_them() {
        assertThat(answer(CSE_CCE, 0).citations()).extracting(Citation::matchedText)
                .containsExactly("section 17.1", "section 1.1");
        assertThat(answer(CSE_CCE, 5).citations()).extracting(Citation::matchedText)
                .containsExactly("section 17.1", "section 1.1");
    }

    @Test
    void the_cost_limit_refusal_shared_by_two_questions_gives_the_hours_and_the_limit() {
        for (int question : List.of(3, 4)) {
            AnswerProposal answer = answer(CSE_CCE, question);
            assertThat(answer.costEstimate()).contains("18 hours (£450)");
            assertThat(answer.citations()).extracting(Citation::matchedText).containsExactly("Section 12", "section 17.1");
            assertThat(answer.publicInterestTestStated()).isFalse();
        }
        assertThat(answer(CSE_CCE, 3).answerText()).isEqualTo(answer(CSE_CCE, 4).answerText());
        assertThat(answer(MONITORING, 6).costEstimate()).contains("18 hours (£450)");
    }

    @Test
    void answers_without_a_cost_limit_refusal_have_no_cost_estimate() {
        assertThat(answer(CSE_CCE, 5).costEstimate()).isEmpty();
        assertThat(answer(STRATEGY, 9).costEstimate()).isEmpty();
    }

    @Test
    void the_age_table_combines_its_two_header_rows_and_keeps_dashes_as_not_recorded() {
        for (int question : List.of(0, 1)) {
            DataTable table = answer(CSE_CCE, question).table().orElseThrow();

            assertThat(table.columnHeaders()).containsExactly("CSE 10-14", "CSE 15-19", "CE 10-14", "CE 15-19");
            assertThat(table.rowHeaders()).containsExactly("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022",
                    "2023", "2024");
            assertThat(table.rowDimension()).isEqualTo("Year");
            assertThat(table.columnDimension()).isEqualTo("Age");
            assertThat(table.rows().getFirst()).extracting(Cell::kind)
                    .containsExactly(CellKind.NUMBER, CellKind.NUMBER, CellKind.NOT_RECORDED, CellKind.NOT_RECORDED);
            assertThat(table.rows().getFirst()).extracting(Cell::raw).containsExactly("19", "20", "-", "-");
            assertThat(table.cell(2, 2).value()).isNull();
            assertThat(table.rows().getLast()).extracting(Cell::value)
                    .containsExactly(new BigDecimal("28"), new BigDecimal("31"), new BigDecimal("10"), new BigDecimal("40"));
        }
    }

    @Test
    void the_contacts_table_reads_figures_with_thousands_separators() {
        DataTable table = answer(CSE_CCE, 2).table().orElseThrow();

        assertThat(table.columnHeaders()).containsExactly("Contacts All");
        assertThat(table.rowHeaders()).hasSize(10).startsWith("2015").endsWith("2024");
        assertThat(table.cell(0, 0).raw()).isEqualTo("18,201");
        assertThat(table.cell(0, 0).value()).isEqualByComparingTo("18201");
        assertThat(table.cell(9, 0).value()).isEqualByComparingTo("15930");
    }

    @Test
    void the_ethnicity_and_age_table_keeps_suppressed_cells_as_c_and_never_as_zero() {
        AnswerProposal e = answer(MONITORING, 4);
        DataTable table = e.table().orElseThrow();

        assertThat(e.suppressedMarkers()).containsExactly("c");
        assertThat(table.columnHeaders()).containsExactly("Ethnicity Asian", "Ethnicity Black", "Ethnicity Mixed",
                "Ethnicity White", "Ethnicity Other", "Age 12", "Age 13", "Age 14", "Age 15", "Age 16", "Age 17");
        assertThat(table.columnDimension()).isEqualTo("Ethnicity / Age");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().getFirst()).extracting(Cell::raw)
                .containsExactly("7", "c", "c", "14", "0", "c", "c", "c", "7", "5", "5");
        assertThat(table.rows().getFirst()).filteredOn(c -> c.raw().equals("c"))
                .hasSize(5).allSatisfy(c -> {
                    assertThat(c.kind()).isEqualTo(CellKind.SUPPRESSED);
                    assertThat(c.value()).isNull();
                });
        assertThat(table.cell(0, 4).value()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void the_cases_per_year_table_keeps_the_reason_for_missing_years_as_text() {
        DataTable table = answer(MONITORING, 6).table().orElseThrow();

        assertThat(table.rowHeaders()).hasSize(15).startsWith("2010-11").endsWith("2024-25");
        assertThat(table.cell(0, 0)).isEqualTo(new Cell(CellKind.TEXT, "pre-current recording system", null));
        assertThat(table.cell(5, 0).value()).isEqualByComparingTo("29");
        assertThat(table.rowDimension()).isEqualTo("Year");
    }

    @Test
    void the_budget_lines_become_a_table_of_amounts() {
        DataTable table = answer(STRATEGY, 9).table().orElseThrow();

        assertThat(table.rowHeaders()).containsExactly("2022-23", "2023-24", "2024-25");
        assertThat(table.rows()).extracting(row -> row.getFirst().kind()).containsOnly(CellKind.AMOUNT);
        assertThat(table.cell(2, 0).value()).isEqualByComparingTo("353200");
    }

    @Test
    void a_list_of_people_is_not_mistaken_for_a_table() {
        assertThat(answer(MONITORING, 5).table()).isEmpty();
        assertThat(answer(STRATEGY, 8).table()).isEmpty();
        assertThat(answer(CSE_CCE, 5).table()).isEmpty();
    }

    @Test
    void the_letters_opening_and_close_are_kept_as_unmatched_text() {
        assertThat(ReplySplitterLeicesterTest.split(CSE_CCE).unmatchedSegments()).containsExactly(
                "FREEDOM OF INFORMATION ACT 2000/ENVIRONMENTAL INFORMATION REGULATIONS 2004\nYour request for information has"
                        + " now been considered and the Council’s response to your questions is shown below.",
                "You asked:\nAs a freedom of information request, please provide, from 2015-2024:",
                "If data for the entire period requested is not available, please instead provide it from the earliest date"
                        + " available up until the most recent at the point of production.",
                "You may re-use the information under an Open Government Licence.");
        assertThat(ReplySplitterLeicesterTest.split(MONITORING).unmatchedSegments()).hasSize(5)
                .anySatisfy(s -> assertThat(s).startsWith("You asked:\nLocal councils have a statutory duty"))
                .anySatisfy(s -> assertThat(s).startsWith("You may re-use"))
                .endsWith("Information Governance & Risk\nEmail: info.requests@leicester.gov.uk");
        assertThat(ReplySplitterLeicesterTest.split(STRATEGY).unmatchedSegments())
                .contains("Below are 10 questions regarding this – I look forward to your response.", "Internal Review");
    }
}
