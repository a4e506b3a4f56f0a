package org.answerable.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestLetterTest {

    private static RequestLetter.Facts facts(Regime regime, String authority, List<RequestLetter.Question> questions,
            String text, String signature) {
        return new RequestLetter.Facts(42, "Children in care", authority, regime, questions, text, signature);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FOIA  | Freedom of Information request: Children in care [ANS-42]          | Under the Freedom of Information Act 2000,                      | exemption | promptly and in any event within 20 working days, as the Act requires",
            "FOISA | Freedom of Information request: Children in care [ANS-42]          | Under the Freedom of Information (Scotland) Act 2002,           | exemption | as the Act requires",
            "EIR   | Environmental information request: Children in care [ANS-42]      | Under the Environmental Information Regulations 2004,           | exception | as soon as possible and in any event within 20 working days, as the Regulations require",
            "EISR  | Environmental information request: Children in care [ANS-42]      | Under the Environmental Information (Scotland) Regulations 2004, | exception | as the Regulations require"})
    void the_letter_names_the_law_it_is_made_under(Regime regime, String subject, String law, String withheld, String deadline) {
        RequestLetter.Letter letter = RequestLetter.compose(facts(regime, "Fife Council",
                List.of(new RequestLetter.Question("1", "How many?")), null, "Sam"));

        assertThat(letter.subject()).isEqualTo(subject);
        assertThat(letter.body()).contains(law).contains("which " + withheld + " you rely on").contains(deadline);
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {"1|1.", "12|12.", "' 3 '|3.", "a)|a)", "Q3|Q3", "1.|1.", "(iv)|(iv)", "''|5.", "'  '|5."})
    void questions_keep_their_own_numbering(String label, String written) {
        assertThat(RequestLetter.number(label, 5)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Leeds City Council|Dear Leeds City Council,", "'  Fife Council '|Dear Fife Council,",
            "''|Dear Sir or Madam,", "'   '|Dear Sir or Madam,"})
    void the_salutation_names_the_authority_or_falls_back_politely(String authority, String salutation) {
        assertThat(RequestLetter.salutation(authority)).isEqualTo(salutation);
        assertThat(RequestLetter.salutation(null)).isEqualTo("Dear Sir or Madam,");
    }

    @Test
    void the_questions_are_listed_in_order_and_the_letter_ends_with_the_signature() {
        String body = RequestLetter.compose(facts(Regime.FOIA, "Leeds City Council",
                List.of(new RequestLetter.Question("1", "First?"), new RequestLetter.Question("2", " Second? "),
                        new RequestLetter.Question("b)", "Third?")), "ignored text", "Sam\nFostering Campaign\n")).body();

        assertThat(body).startsWith("Dear Leeds City Council,\n\n")
                .contains("information:\n\n1. First?\n\n2. Second?\n\nb) Third?\n\n")
                .doesNotContain("ignored text")
                .endsWith("Yours faithfully,\n\nSam\nFostering Campaign\n");
    }

    @Test
    void without_questions_the_request_text_is_the_body_and_without_a_signature_the_letter_still_closes() {
        String body = RequestLetter.compose(facts(Regime.FOIA, "Leeds City Council", List.of(),
                "Please send the 2024 fostering budget.", null)).body();

        assertThat(body).contains("information:\n\nPlease send the 2024 fostering budget.\n\n").endsWith("Yours faithfully,\n\n");
    }
}
