package org.answerable.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.answerable.authority.Regime;
import org.answerable.authority.Salutation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReviewLetterTest {

    private static final ReviewLetter.Point COST_REFUSAL = new ReviewLetter.Point("2",
            "How many referrals led to a strategy meeting?", "refused", List.of("s12 (Cost of compliance)"),
            EnumSet.of(ReviewGround.COST_ESTIMATE_NOT_CREDIBLE, ReviewGround.NO_PUBLIC_INTEREST_TEST),
            "The figures are in one spreadsheet.");

    @Test
    void the_letter_names_the_request_dates_reference_question_answer_and_grounds() {
        String letter = ReviewLetter.draft(facts(Regime.FOIA), List.of(COST_REFUSAL));

        assertThat(letter).startsWith("Dear Leicester City Council,")
                .contains("Request for internal review: Exploitation 2015-2024 (your reference FOI-123)")
                .contains("my request of Mon 2 Jun 2025, to which you responded on Tue 1 Jul 2025")
                .contains("Question 2: How many referrals led to a strategy meeting?")
                .contains("Your answer: refused, citing s12 (Cost of compliance).")
                .contains("- " + ReviewGround.COST_ESTIMATE_NOT_CREDIBLE.letterText())
                .contains("- " + ReviewGround.NO_PUBLIC_INTEREST_TEST.letterText())
                .contains("- The figures are in one spreadsheet.")
                .doesNotContain(ReviewGround.RESPONSE_LATE.letterText())
                .endsWith("Yours faithfully,");
    }

    @ParameterizedTest
    @CsvSource({
            "FOIA, section 45 of the Freedom of Information Act 2000",
            "EIR, regulation 11 of the Environmental Information Regulations 2004",
            "FOISA, section 20 of the Freedom of Information (Scotland) Act 2002",
            "EISR, regulation 16 of the Environmental Information (Scotland) Regulations 2004"})
    void the_letter_asks_for_review_under_the_requests_own_law(Regime regime, String provision) {
        assertThat(ReviewLetter.draft(facts(regime), List.of(COST_REFUSAL))).contains(provision);
    }

    @Test
    void a_request_without_an_authority_reference_says_nothing_about_one() {
        ReviewLetter.Facts facts = new ReviewLetter.Facts("Budgets", Salutation.dear(null, "Aberdeen City Council"), Regime.FOISA, null,
                LocalDate.of(2025, 7, 1), " ");
        assertThat(ReviewLetter.draft(facts, List.of(COST_REFUSAL))).doesNotContain("reference")
                .contains("I am writing about my request, to which you responded on Tue 1 Jul 2025");
    }

    private static ReviewLetter.Facts facts(Regime regime) {
        return new ReviewLetter.Facts("Exploitation 2015-2024", Salutation.dear(null, "Leicester City Council"), regime,
                LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 1), "FOI-123");
    }
}
