package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeTest {

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ANSWERED                 | Answered                                     | false | false | true
            PARTLY_ANSWERED          | Partly answered                              | false | true  | true
            REFUSED                  | Refused                                      | true  | false | false
            NOT_HELD                 | Not held                                     | true  | false | false
            NEITHER_CONFIRM_NOR_DENY | Neither confirm nor deny                     | true  | false | false
            REDIRECTED               | Published elsewhere or held by another body  | false | false | true
            CLARIFICATION_SOUGHT     | Clarification sought                         | false | false | false
            NOT_ADDRESSED            | Not addressed                                | false | false | false
            """)
    void each_outcome_reads_in_plain_words_and_counts_in_the_refusals_view_as_documented(Outcome outcome, String label,
            boolean refusal, boolean partRefusal, boolean providesInformation) {
        assertThat(outcome.label()).isEqualTo(label);
        assertThat(outcome.isRefusal()).isEqualTo(refusal);
        assertThat(outcome.isPartRefusal()).isEqualTo(partRefusal);
        assertThat(outcome.providesInformation()).isEqualTo(providesInformation);
    }
}
