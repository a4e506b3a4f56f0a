package org.answerable.reply.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.answerable.reply.Cell;
import org.answerable.reply.DataTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableEchoTest {

    /** Leicester's CSE table, 2015-2016, as the paste assistant reads it. */
    private static final DataTable CSE = new DataTable(List.of("CSE 10-14", "CSE 15-19", "CE 10-14", "CE 15-19"),
            List.of("2015", "2016"), List.of(
                    List.of(Cell.of("19"), Cell.of("20"), Cell.of("-"), Cell.of("-")),
                    List.of(Cell.of("53"), Cell.of("105"), Cell.of("-"), Cell.of("-"))), "", "Age");

    @Test
    void the_letters_words_around_the_figures_are_kept_and_the_figures_are_not_repeated() {
        String pasted = """
                Data for CE was not mandatorily recorded prior to 2021.
                For 0-9 years, across the whole period there were 13 cases identified for CSE.

                \t
                \tCSE
                \tCSE
                \tCE
                \tCE

                \tAge
                \t10-14
                \t15-19
                \t10-14
                \t15-19

                \t2015
                \t19
                \t20
                \t-
                \t-
                2016\t53\t105\t-\t-
                """;
        assertThat(TableEcho.beyondTable(pasted, CSE)).isEqualTo("""
                Data for CE was not mandatorily recorded prior to 2021.
                For 0-9 years, across the whole period there were 13 cases identified for CSE.""");
    }

    @ParameterizedTest(name = "\"{0}\" adds nothing to the table")
    @CsvSource(delimiter = ';', textBlock = """
            2015\t19\t20\t-\t-
            Age | CSE | CE
            Table below.
            """)
    void a_text_that_only_repeats_or_labels_the_table_adds_nothing(String pasted) {
        assertThat(TableEcho.beyondTable(pasted, CSE)).isEmpty();
    }

    @Test
    void no_text_leaves_nothing() {
        assertThat(TableEcho.beyondTable(null, CSE)).isEmpty();
    }
}
