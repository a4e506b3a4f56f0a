package org.answerable.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.answerable.account.Role;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AuthorityNameResolutionTest {

    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Leicester                              | LCE
            Leicester City Council                 | LCE
            leicester city council.                | LCE
            LCE                                    | LCE
            Coventry                               | COV
            Brighton & Hove                        | BNH
            Brighton and Hove City Council         | BNH
            Hampshire County Council               | HAM
            """)
    void everyday_official_and_coded_names_find_the_council(String typed, String code) {
        users.signInNew(Role.MEMBER);

        AuthorityNameMatcher.Match match = authorities.resolve(List.of(typed)).getFirst();

        assertThat(match.isUnique()).as(typed).isTrue();
        assertThat(match.authority().getCode()).isEqualTo(code);
    }

    @Test
    void names_that_match_nothing_are_reported_and_blank_lines_skipped() {
        users.signInNew(Role.MEMBER);

        List<AuthorityNameMatcher.Match> matches = authorities.resolve(List.of("Leicester", "", "Gotham City Council"));

        assertThat(matches).hasSize(2);
        assertThat(matches.get(1).isMissing()).isTrue();
        assertThat(matches.get(1).typed()).isEqualTo("Gotham City Council");
    }

    @Test
    void a_name_that_fits_two_bodies_is_ambiguous_not_guessed() {
        Authority city = new Authority("Exampleton City Council", Nation.ENGLAND, Regime.FOIA);
        Authority county = new Authority("Exampleton County Council", Nation.ENGLAND, Regime.FOIA);

        AuthorityNameMatcher.Match match = new AuthorityNameMatcher(List.of(city, county)).match("Exampleton");

        assertThat(match.isAmbiguous()).isTrue();
        assertThat(match.candidates()).containsExactlyInAnyOrder(city, county);
        assertThat(new AuthorityNameMatcher(List.of(city, county)).match("Exampleton County Council").authority())
                .isSameAs(county);
    }
}
