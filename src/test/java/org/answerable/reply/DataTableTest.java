package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataTableTest {

    private static List<Cell> row(String... raw) {
        return List.of(raw).stream().map(Cell::of).toList();
    }

    @Test
    void every_row_has_a_cell_for_every_column() {
        assertThatThrownBy(() -> new DataTable(List.of("CSE", "CE"), List.of("2015", "2016"),
                List.of(row("19", "-"), row("53")), "Year", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 2 has 1 cells");
    }

    @Test
    void every_row_has_a_row_header_even_a_blank_one() {
        assertThatThrownBy(() -> new DataTable(List.of("CSE"), List.of("2015"), List.of(row("19"), row("53")), "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_table_has_at_least_one_row_and_one_column() {
        assertThatThrownBy(() -> new DataTable(List.of(), List.of(), List.of(), "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_table_cannot_be_changed_through_the_lists_it_was_given() {
        List<String> headers = new ArrayList<>(List.of("CSE"));
        DataTable table = new DataTable(headers, List.of("2015"), List.of(row("19")), null, null);

        headers.add("CE");

        assertThat(table.columnHeaders()).containsExactly("CSE");
        assertThat(table.rowDimension()).isEmpty();
        assertThat(table.columnDimension()).isEmpty();
        assertThat(table.cell(0, 0).raw()).isEqualTo("19");
    }
}
