package org.answerable.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.answerable.deadline.ChallengeDeadline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LateChallengeTest {

    static final ChallengeDeadline WINDOW = new ChallengeDeadline("Ask for an internal review", LocalDate.of(2024, 11, 27),
            LocalDate.of(2025, 1, 29), "40 working days", "s45 Code 5.3", false, "", List.of());

    @ParameterizedTest(name = "asked on {0}: late = {1}")
    @CsvSource({"2025-01-28, false", "2025-01-29, false", "2025-01-30, true", "2026-12-06, true"})
    void a_step_is_late_only_after_the_last_day_of_its_window(LocalDate taken, boolean late) {
        assertThat(LateChallenge.reviewAsked(WINDOW, taken).isPresent()).isEqualTo(late);
        assertThat(LateChallenge.complaintSent(WINDOW, taken, Commissioner.ICO).isPresent()).isEqualTo(late);
        assertThat(LateChallenge.appealLodged(WINDOW, taken, Commissioner.SCOTTISH).isPresent()).isEqualTo(late);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ICO      | Sent after the window closed on Wed 29 Jan 2025; the Information Commissioner's Office may refuse it for undue delay.
            SCOTTISH | Sent after the window closed on Wed 29 Jan 2025; the Scottish Information Commissioner may refuse it for undue delay.
            """)
    void a_late_complaint_names_who_may_refuse_it(Commissioner commissioner, String warning) {
        assertThat(LateChallenge.complaintSent(WINDOW, LocalDate.of(2025, 2, 1), commissioner)).contains(warning);
    }

    @ParameterizedTest
    @CsvSource({"ICO, First-tier Tribunal (Information Rights)", "SCOTTISH, Court of Session"})
    void a_late_appeal_says_whom_to_ask_for_more_time(Commissioner commissioner, String body) {
        assertThat(LateChallenge.appealLodged(WINDOW, LocalDate.of(2025, 2, 1), commissioner).orElseThrow())
                .contains("ask the " + body + " to accept it late");
        assertThat(LateChallenge.reviewAsked(WINDOW, null)).as("not sent yet").isEmpty();
    }
}
