package org.answerable.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.answerable.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class ComplaintRulesTest {

    private static final LocalDate OUTCOME = LocalDate.of(2025, 8, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void each_step_follows_the_one_before() {
        assertThatCode(() -> ComplaintRules.validate(draft(d(8, 10), d(11, 3), d(12, 1), null), OUTCOME, TODAY))
                .doesNotThrowAnyException();
        assertRefused(draft(d(7, 30), null, null, null), "dateSent");
        assertRefused(draft(d(8, 10), d(8, 9), null, null), "decisionNoticeDate");
        assertRefused(draft(d(8, 10), d(11, 3), d(10, 1), null), "stepsDueBy");
        assertRefused(draft(d(8, 10), d(11, 3), null, d(11, 2)), "appealLodged");
        assertRefused(draft(null, d(11, 3), null, null), "dateSent");
    }

    @Test
    void no_step_can_be_in_the_future() {
        assertRefused(draft(TODAY.plusDays(1), null, null, null), "dateSent");
    }

    private static void assertRefused(ComplaintDraft draft, String field) {
        assertThatThrownBy(() -> ComplaintRules.validate(draft, OUTCOME, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static ComplaintDraft draft(LocalDate sent, LocalDate notice, LocalDate stepsDue, LocalDate appeal) {
        return new ComplaintDraft(sent, "IC-1234", null, notice, notice == null ? null : ComplaintOutcome.UPHELD,
                null, stepsDue, appeal, null, null, 0);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }
}
