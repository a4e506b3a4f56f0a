package org.answerable.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.answerable.reply.Cell;
import org.answerable.reply.DataTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTextsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            FOIA-s12      | FOIA s12 – Cost of compliance exceeds the appropriate limit
            EIR-r12(4)(b) | EIR r12(4)(b) – Manifestly unreasonable
            FOIA-s99      | FOIA s99
            """)
    void a_provision_names_its_law_and_what_it_is(String code, String text) {
        assertThat(AnswerTexts.provision(code)).startsWith(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            c    | c (suppressed)
            <5   | <5 (suppressed)
            -    | - (not recorded)
            n/a  | n/a (not recorded)
            412  | 412
            """)
    void suppressed_and_missing_cells_say_so(String raw, String text) {
        assertThat(AnswerTexts.cell(Cell.of(raw))).isEqualTo(text);
    }

    @Test
    void the_short_value_prefers_the_cost_estimate_then_the_answers_first_line_then_the_tables_shape() {
        DataTable table = new DataTable(List.of("Cases"), List.of("2023", "2024"),
                List.of(List.of(Cell.of("12")), List.of(Cell.of("c"))), "Year", "");

        assertThat(AnswerTexts.shortValue("Refused", "£600", table)).isEqualTo("Cost estimate: £600");
        assertThat(AnswerTexts.shortValue("37 meetings.\nMore detail below.", null, table)).isEqualTo("37 meetings.");
        assertThat(AnswerTexts.shortValue("x".repeat(200), null, null)).hasSize(AnswerTexts.SHORT_VALUE_LENGTH).endsWith("…");
        assertThat(AnswerTexts.shortValue(null, " ", table)).isEqualTo("Table of 2 × 1, 1 suppressed");
        assertThat(AnswerTexts.shortValue(null, null, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ≤5                   | <=5
            £450 – 18 hours      | £450 – 18 hours
            Cyngor Gwynedd ŵ     | Cyngor Gwynedd ?
            """)
    void pdf_text_keeps_what_the_standard_fonts_can_draw_and_spells_out_the_rest(String text, String drawn) {
        assertThat(PdfEvidence.pdfText(text)).isEqualTo(drawn);
    }
}
