package org.answerable.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectTagTest {

    @Test
    void the_tag_names_the_request() {
        assertThat(SubjectTag.of(1234)).isEqualTo("[ANS-1234]");
    }

    @ParameterizedTest(name = "\"{0}\" → \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "Freedom of Information request: foster care | 12 | Freedom of Information request: foster care [ANS-12]",
            "Foster care [ANS-12] | 12 | Foster care [ANS-12]",
            "'  Foster care  ' | 12 | Foster care [ANS-12]",
            "Foster care [ANS-13] | 12 | Foster care [ANS-13] [ANS-12]",
            "'' | 12 | [ANS-12]"})
    void a_subject_always_leaves_with_its_tag_once(String subject, long id, String expected) {
        assertThat(SubjectTag.ensureIn(subject, id)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "RE: Freedom of Information request: foster care [ANS-1234]",
            "Fw: FW: RE: [ANS-1234] foster care",
            "re: foster care [ans-1234]",
            "RE: foster care [ ANS-1234 ]",
            "RE: foster care [ANS 1234]",
            "RE: foster care [ANS\u20131234]",
            "FOI651119421 - your request [ANS-1234] acknowledged"})
    void replies_keep_the_tag_in_the_shapes_mail_clients_leave_it(String subject) {
        assertThat(SubjectTag.requestIdIn(subject)).contains(1234L);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"RE: foster care", "ANS-1234 without brackets", "[ANS-] nothing", "[ANS-12a]", ""})
    void subjects_without_a_tag_name_no_request(String subject) {
        assertThat(SubjectTag.requestIdsIn(subject)).isEmpty();
        assertThat(SubjectTag.requestIdIn(subject)).isEmpty();
    }

    @Test
    void a_subject_naming_several_requests_lists_them_but_names_no_single_one() {
        String subject = "RE: [ANS-1] [ANS-2] [ANS-1] joint reply";

        assertThat(SubjectTag.requestIdsIn(subject)).isEqualTo(List.of(1L, 2L));
        assertThat(SubjectTag.requestIdIn(subject)).isEmpty();
        assertThat(SubjectTag.requestIdsIn(null)).isEmpty();
    }
}
