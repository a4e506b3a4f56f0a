package org.answerable.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTimingTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 7, 21);

    @ParameterizedTest(name = "{0} reads \"{1}\" on Monday 21 July 2025")
    @CsvSource(delimiter = '|', textBlock = """
            2025-07-04 | 17 days overdue
            2025-07-20 | 1 day overdue
            2025-07-21 | today
            2025-07-22 | tomorrow
            2025-07-28 | in 7 days
            """)
    void a_date_reads_as_overdue_today_or_ahead(LocalDate date, String reads) {
        assertThat(DeadlineTiming.relative(MONDAY, date)).isEqualTo(reads);
    }
}
