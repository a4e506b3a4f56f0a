package org.answerable.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerable.reply.letter.ReplyType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyTypeGuesserTest {

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            FOI request received                 | Thank you for your request. It has been logged and we will respond within 20 working days. | ACKNOWLEDGEMENT
            RE: FOI request                      | Before we can proceed, could you please confirm what you mean by 'placement'? Please clarify. | CLARIFICATION_REQUEST
            Fees notice                          | Under section 9 a fee of £45 applies. Please pay the fee within three months. | FEE_NOTICE
            RE: FOI request - extension          | We need to consider the public interest test and must extend the time to 15 August. | EXTENSION_NOTICE
            Response to your FOI request         | Please find attached our response. We hold the information requested; question 2 is exempt under section 40. | RESPONSE
            Response to your FOI request         | Please find attached our response. Thank you for your request. | RESPONSE
            Internal review outcome              | We have completed the internal review. The original decision is upheld. | INTERNAL_REVIEW_RESPONSE
            Hello                                | See you at the meeting. | OTHER
            """)
    void guesses_the_kind_of_letter_from_its_words(String subject, String text, ReplyType expected) {
        assertThat(ReplyTypeGuesser.guess(subject, text)).isEqualTo(expected);
    }
}
