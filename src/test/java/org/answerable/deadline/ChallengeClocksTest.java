package org.answerable.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review, Commissioner and appeal limits (FOI_RULES §2-§4). From Fri 27 Jun 2025 the 20th working
 * day is Mon 28 Jul (UK-wide) or Fri 25 Jul (Scotland); the 40th is Wed 27 Aug, or Mon 25 Aug in
 * Scotland, where the late-August holiday is a working day.
 */
class ChallengeClocksTest {

    private static final LocalDate RESPONSE = LocalDate.of(2025, 6, 27);

    private final ChallengeClocks clocks = new ChallengeClocks(ShippedHolidays.ALL);

    @ParameterizedTest(name = "{0}: ask for review by {1}, unverified {2}")
    @CsvSource(textBlock = """
            FOIA,  2025-08-27, false
            EIR,   2025-08-27, false
            FOISA, 2025-08-25, false
            EISR,  2025-08-25, true
            """)
    void a_review_can_be_asked_for_within_forty_working_days_of_the_response(
            Regime regime, LocalDate by, boolean unverified) {
        ChallengeDeadline deadline = clocks.reviewRequestBy(regime, RESPONSE);

        assertThat(deadline.date()).isEqualTo(by);
        assertThat(deadline.period()).isEqualTo("40 working days");
        assertThat(deadline.unverified()).isEqualTo(unverified);
    }

    @ParameterizedTest(name = "{0}: review decision due {1} ({2})")
    @CsvSource(textBlock = """
            FOIA,  2025-07-28, 20 working days
            EIR,   2025-08-27, 40 working days
            FOISA, 2025-07-25, 20 working days
            EISR,  2025-07-25, 20 working days
            """)
    void the_review_decision_is_due_after_the_regimes_number_of_working_days(
            Regime regime, LocalDate due, String period) {
        ChallengeDeadline deadline = clocks.reviewDue(regime, RESPONSE);

        assertThat(deadline.date()).isEqualTo(due);
        assertThat(deadline.period()).isEqualTo(period);
    }

    @Test
    void only_a_foia_review_has_an_extended_best_practice_limit_of_forty_working_days() {
        assertThat(clocks.reviewExtendedDue(Regime.FOIA, RESPONSE))
                .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2025, 8, 27)));
        assertThat(clocks.reviewExtendedDue(Regime.EIR, RESPONSE)).isEmpty();
        assertThat(clocks.reviewExtendedDue(Regime.FOISA, RESPONSE)).isEmpty();
        assertThat(clocks.reviewExtendedDue(Regime.EISR, RESPONSE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: review outcome {1}, complain by {2}")
    @CsvSource(textBlock = """
            FOIA,  2025-09-01, 2025-10-13, 6 calendar weeks,   false
            EIR,   2025-09-01, 2025-10-13, 6 calendar weeks,   false
            FOISA, 2025-09-01, 2026-03-01, 6 calendar months,  false
            FOISA, 2025-08-31, 2026-02-28, 6 calendar months,  false
            EISR,  2025-09-01, 2026-03-01, 6 calendar months,  true
            """)
    void a_complaint_to_the_commissioner_is_due_within_six_weeks_or_in_scotland_six_months(
            Regime regime, LocalDate outcome, LocalDate by, String period, boolean unverified) {
        ChallengeDeadline deadline = clocks.commissionerComplaintBy(regime, outcome);

        assertThat(deadline.date()).isEqualTo(by);
        assertThat(deadline.period()).isEqualTo(period);
        assertThat(deadline.unverified()).isEqualTo(unverified);
    }

    @Test
    void an_appeal_to_the_tribunal_is_due_within_28_days_of_the_decision_notice() {
        ChallengeDeadline deadline = clocks.appealBy(Regime.FOIA, LocalDate.of(2025, 9, 1));

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 9, 29));
        assertThat(deadline.unverified()).isFalse();
        assertThat(deadline.explain()).startsWith("Appeal to the First-tier Tribunal (Information Rights) by "
                + "Mon 29 Sep 2025: 28 calendar days after Mon 1 Sep 2025 (GRC Rules 2009 r22, FOI_RULES §3).");
    }

    @Test
    void a_scottish_appeal_limit_is_shown_as_unverified_because_sources_disagree() {
        ChallengeDeadline deadline = clocks.appealBy(Regime.FOISA, LocalDate.of(2025, 9, 1));

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(deadline.unverified()).isTrue();
        assertThat(deadline.note()).contains("42 or 45 days");
        assertThat(deadline.explain()).contains("Court of Session", "Unverified");
    }

    @Test
    void a_review_deadline_says_which_rule_it_follows_and_which_holidays_it_skipped() {
        ChallengeDeadline deadline = clocks.reviewRequestBy(Regime.FOIA, RESPONSE);

        assertThat(deadline.explain()).startsWith("Ask for an internal review by Wed 27 Aug 2025: 40 working days "
                + "after Fri 27 Jun 2025 (FOIA s45 Code of Practice para 5.3, FOI_RULES §3).");
        assertThat(deadline.skippedHolidays()).extracting(BankHoliday::date).containsExactly(
                LocalDate.of(2025, 7, 14), LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 25),
                LocalDate.of(2025, 8, 25));
    }
}
