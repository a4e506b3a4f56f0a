package org.answerable.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorityReferencesTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Freedom of Information Request - FOI651119421 | Dear requester               | FOI651119421
            RE: your request                               | Our ref: FOI/2025/0042. Thanks | FOI/2025/0042
            RE: your request                               | Reference number: 2025-1187    | 2025-1187
            Request EIR-2025-17 [ANS-12]                   | -                              | EIR-2025-17
            RE: request [ANS-12]                           | Our reference is below         | -
            RE: request                                    | Please refer to the attached   | -
            FOI 123456 and FOI-123456                      | -                              | FOI 123456;FOI-123456
            """)
    void finds_the_authority_reference_in_subject_or_text(String subject, String text, String expected) {
        assertThat(AuthorityReferences.in(subject, text))
                .containsExactlyElementsOf(expected == null ? java.util.List.of() : Arrays.asList(expected.split(";")));
    }
}
