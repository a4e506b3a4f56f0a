package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            18,201                        | NUMBER       | 18201
            0                             | NUMBER       | 0
            2.5                           | NUMBER       | 2.5
            12%                           | NUMBER       | 12
            £341,900                      | AMOUNT       | 341900
            £ 450                         | AMOUNT       | 450
            £1.5m                         | AMOUNT       | 1500000
            £12k                          | AMOUNT       | 12000
            c                             | SUPPRESSED   | null
            [c]                           | SUPPRESSED   | null
            <5                            | SUPPRESSED   | null
            < 10                          | SUPPRESSED   | null
            *                             | SUPPRESSED   | null
            x                             | SUPPRESSED   | null
            fewer than 5                  | SUPPRESSED   | null
            [redacted]                    | SUPPRESSED   | null
            redacted                      | SUPPRESSED   | null
            [x]                           | SUPPRESSED   | null
            -                             | NOT_RECORDED | null
            –                             | NOT_RECORDED | null
            n/a                           | NOT_RECORDED | null
            N/A                           | NOT_RECORDED | null
            ..                            | NOT_RECORDED | null
            10-14                         | TEXT         | null
            2015-16                       | TEXT         | null
            pre-current recording system  | TEXT         | null
            """)
    void reads_a_cell_as_the_authority_wrote_it(String raw, CellKind kind, BigDecimal value) {
        Cell cell = Cell.of(raw);

        assertThat(cell.kind()).isEqualTo(kind);
        assertThat(cell.raw()).isEqualTo(raw.strip());
        if (value == null) {
            assertThat(cell.value()).isNull();
        } else {
            assertThat(cell.value()).isEqualByComparingTo(value);
        }
    }

    @Test
    void a_suppressed_cell_can_never_hold_a_number() {
        assertThatThrownBy(() -> new Cell(CellKind.SUPPRESSED, "c", BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cell(CellKind.NOT_RECORDED, "-", BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_figure_needs_its_value() {
        assertThatThrownBy(() -> new Cell(CellKind.NUMBER, "5", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blank_text_is_an_empty_text_cell() {
        assertThat(Cell.of("\u00A0 ")).isEqualTo(new Cell(CellKind.TEXT, "", null));
        assertThat(Cell.of(null)).isEqualTo(new Cell(CellKind.TEXT, "", null));
    }
}
