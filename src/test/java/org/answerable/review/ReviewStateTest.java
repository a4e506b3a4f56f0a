package org.answerable.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewStateTest {

    private static final LocalDate SENT = LocalDate.of(2025, 7, 7);
    private static final LocalDate DUE = LocalDate.of(2025, 8, 6);

    @Test
    void a_review_is_overdue_only_from_the_day_after_it_is_due() {
        assertThat(ReviewState.of(null, null, null, DUE)).isEqualTo(ReviewState.NOT_SENT);
        assertThat(ReviewState.of(SENT, DUE, null, DUE)).isEqualTo(ReviewState.AWAITING);
        assertThat(ReviewState.of(SENT, DUE, null, DUE.plusDays(1))).isEqualTo(ReviewState.OVERDUE);
        assertThat(ReviewState.of(SENT, DUE, DUE.plusDays(30), DUE.plusDays(40))).isEqualTo(ReviewState.DECIDED);
    }
}
