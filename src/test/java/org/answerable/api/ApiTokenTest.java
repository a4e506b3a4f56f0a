package org.answerable.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiTokenTest {

    @ParameterizedTest(name = "last day {0}, revoked {1}, on {2}: works {3}")
    @CsvSource(nullValues = "none", value = {
            "none,       false, 2030-01-01, true",
            "2025-06-30, false, 2025-06-29, true",
            "2025-06-30, false, 2025-06-30, true",
            "2025-06-30, false, 2025-07-01, false",
            "none,       true,  2025-06-01, false",
            "2025-06-30, true,  2025-06-01, false"})
    void a_token_works_until_revoked_and_through_its_last_day(LocalDate lastDay, boolean revoked, LocalDate today,
            boolean works) {
        ApiToken token = new ApiToken(1L, 2L, "notebook", "hash", lastDay, Instant.parse("2025-06-01T09:00:00Z"));
        if (revoked) {
            token.revoke();
        }
        assertThat(token.worksOn(today)).isEqualTo(works);
    }
}
