package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The suggested outcome and the other facts read from one answer's words. */
class AnswerReaderTest {

    private final AnswerReader reader = new AnswerReader();

    @ParameterizedTest(name = "{1} ← \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                                                            | NOT_ADDRESSED
            Yes, yearly awareness training provided.                                                      | ANSWERED
            24                                                                                            | ANSWERED
            We do not hold the information you asked for.                                                 | NOT_HELD
            Not held.                                                                                     | NOT_HELD
            This information is not held, in accordance with section 1(1)(a) of the Act.                  | NOT_HELD
            The information is not held (regulation 12(4)(a)).                                            | NOT_HELD
            This information is not held; in 2023 there were 14 referrals to the team.                   | PARTLY_ANSWERED
            This information is not held by the council. It is held by Leicestershire Police.             | REDIRECTED
            We can neither confirm nor deny whether we hold this information.                             | NEITHER_CONFIRM_NOR_DENY
            The request is refused under section 12 as it would exceed the appropriate limit of £450.     | REFUSED
            The request is manifestly unreasonable under regulation 12(4)(b).                             | REFUSED
            Names are withheld under section 40(2); 14 cases were opened in 2024.                         | PARTLY_ANSWERED
            We consider your request vexatious.                                                           | REFUSED
            The report is published on our website at https://example.gov.uk/report2024.                  | REDIRECTED
            This is exempt under section 21: see www.example.gov.uk/figures.                              | REDIRECTED
            The figures are available at https://example.gov.uk; in 2024 there were 57.                   | ANSWERED
            Could you please clarify which financial years you mean?                                      | CLARIFICATION_SOUGHT
            This letter is a refusal notice under section 17.                                             | REFUSED
            Prevention Service do not hold a budget, but do provide staffing.                             | ANSWERED
            """)
    void suggests_an_outcome_by_the_documented_rules(String answer, Outcome expected) {
        assertThat(reader.read(0, answer, Regime.FOIA).suggestedOutcome()).isEqualTo(expected);
    }

    @Test
    void a_cost_limit_refusal_gives_the_hours_and_the_money() {
        AnswerProposal answer = reader.read(0, "Section 12 applies: locating the files would take an estimated 46 hours,"
                + " above the £450 limit.", Regime.FOIA);

        assertThat(answer.costEstimate()).contains("46 hours (£450)");
    }

    @Test
    void the_eir_cost_argument_counts_as_a_cost_limit() {
        AnswerProposal answer = reader.read(0, "Under regulation 12(4)(b) the request is manifestly unreasonable: it would"
                + " take 60 hours.", Regime.EIR);

        assertThat(answer.costEstimate()).contains("60 hours");
    }

    @Test
    void the_public_interest_test_is_noticed_in_its_usual_wordings() {
        assertThat(reader.read(0, "The public interest in maintaining the exemption outweighs that in disclosure.",
                Regime.FOIA).publicInterestTestStated()).isTrue();
        assertThat(reader.read(0, "Having considered the balance of the public interest, we withhold it.",
                Regime.FOIA).publicInterestTestStated()).isTrue();
        assertThat(reader.read(0, "Section 40(2) is absolute.", Regime.FOIA).publicInterestTestStated()).isFalse();
    }

    @Test
    void suppression_markers_are_kept_as_written_from_text_and_keys() {
        assertThat(reader.read(0, "There were <5 cases in 2023.", Regime.FOIA).suppressedMarkers()).containsExactly("<5");
        assertThat(reader.read(0, "Figures below: 3, *, 6\n* denotes fewer than 5, suppressed", Regime.FOIA)
                .suppressedMarkers()).containsExactly("*");
        assertThat(reader.read(0, "Fewer than 10% of cases were closed.", Regime.FOIA).suppressedMarkers()).isEmpty();
    }
}
