package org.answerable.authority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalutationTest {

    @ParameterizedTest(name = "officer \"{0}\", authority \"{1}\" → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null             | Coventry City Council   | Dear Coventry City Council,
            ''               | '  Leicester City Council ' | Dear Leicester City Council,
            null             | null                    | Dear Sir or Madam,
            ''               | '   '                   | Dear Sir or Madam,
            Ms Jane Smith    | Coventry City Council   | Dear Ms Jane Smith,
            FOI Officer      | null                    | Dear FOI Officer,
            """)
    void a_letter_greets_the_named_officer_else_the_authority_by_its_full_name_else_sir_or_madam(
            String officer, String officialName, String expected) {
        assertThat(Salutation.dear(officer, officialName)).isEqualTo(expected);
    }

    @Test
    void an_authority_is_greeted_by_its_official_name_never_its_short_one() {
        Authority coventry = new Authority("Coventry City Council", Nation.ENGLAND, Regime.FOIA);
        coventry.setShortName("Coventry");
        assertThat(Salutation.dear(coventry)).isEqualTo("Dear Coventry City Council,");
    }
}
