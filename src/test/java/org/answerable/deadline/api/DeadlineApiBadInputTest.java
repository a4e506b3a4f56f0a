package org.answerable.deadline.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerable.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class DeadlineApiBadInputTest {

    @Autowired WebApplicationContext application;
    MockMvcTester mvc;

    @BeforeEach
    void anonymousVisitor() {
        mvc = AnonymousClient.of(application);
    }

    @ParameterizedTest(name = "?{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ''                                             | regime is missing: use one of FOIA, EIR, FOISA, EISR
            received=2025-06-27                            | regime is missing: use one of FOIA, EIR, FOISA, EISR
            regime=GDPR&received=2025-06-27                | regime "GDPR" is unknown: use one of FOIA, EIR, FOISA, EISR
            regime=FOIA                                    | received is missing: give the date the authority received the request, e.g. received=2025-06-27
            regime=FOIA&received=                          | received is missing: give the date the authority received the request, e.g. received=2025-06-27
            regime=FOIA&received=27/06/2025                | received "27/06/2025" is not a date: write it as YYYY-MM-DD, e.g. 2025-06-27
            regime=FOIA&received=2025-02-30                | received "2025-02-30" is not a date: write it as YYYY-MM-DD, e.g. 2025-06-27
            regime=FOIA&received=2030-01-02                | Can't count from received=2030-01-02: Bank holidays after 2027 are unknown: add them under Admin › Bank holidays
            regime=EISR&received=2027-12-01                | Can't count from received=2027-12-01: Bank holidays after 2027 are unknown: add them under Admin › Bank holidays
            regime=FOIA&received=2014-12-01                | Can't count from received=2014-12-01: Bank holidays before 2015 are unknown: add them under Admin › Bank holidays
            regime=FOIA&received=2025-06-27&responded=soon | responded "soon" is not a date: write it as YYYY-MM-DD, e.g. 2025-06-27
            regime=FOIA&received=2025-06-27&responded=2027-12-01 | Can't count from responded=2027-12-01: Bank holidays after 2027 are unknown: add them under Admin › Bank holidays
            regime=FOIA&received=2025-06-27&reviewRequested=2031-01-01 | Can't count from reviewRequested=2031-01-01: Bank holidays after 2027 are unknown: add them under Admin › Bank holidays
            regime=FOIA&received=2025-06-27&reviewOutcome=30-09-2025 | reviewOutcome "30-09-2025" is not a date: write it as YYYY-MM-DD, e.g. 2025-06-27
            regime=FOIA&received=2025-06-27&decisionNotice=x | decisionNotice "x" is not a date: write it as YYYY-MM-DD, e.g. 2025-06-27
            """)
    void bad_input_is_refused_with_a_message_naming_the_parameter(String query, String message) {
        MvcTestResult result = mvc.get().uri(DeadlineApiController.PATH + "?" + query).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isStrictlyEqualTo(jsonObject("error", message));
    }

    private static String jsonObject(String key, String value) {
        return "{\"" + key + "\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
