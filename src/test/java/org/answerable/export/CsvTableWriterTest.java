package org.answerable.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableWriterTest {

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(\"http://evil\")|'=HYPERLINK(\"http://evil\")",
            "+44 116 454 1000|'+44 116 454 1000",
            "-2+3|'-2+3",
            "-|-",
            "@SUM(A1:A2)|'@SUM(A1:A2)",
            "Ynys Môn|Ynys Môn",
            "18 hours = £450|18 hours = £450"})
    void text_a_spreadsheet_would_run_as_a_formula_is_defused(String text, String written) {
        assertThat(CsvTableWriter.defused(text)).isEqualTo(written);
    }

    @Test
    void figures_and_dates_are_written_plainly_and_a_negative_figure_is_not_defused() {
        ExportTable table = new ExportTable.Builder("t", "Value", "Day", "Stated", "Empty")
                .row(new BigDecimal("-12.50"), LocalDate.of(2025, 6, 2), true, null).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportFormat.CSV.write(table, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFValue,Day,Stated,Empty\r\n-12.50,2025-06-02,yes,\r\n");
    }

    @Test
    void file_names_are_safe_for_any_operating_system() {
        assertThat(ExportFormat.XLSX.fileName("answerable-request 12/answers")).isEqualTo("answerable-request-12-answers.xlsx");
    }
}
