package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.answerable.reply.LineMarker.Reading;
import org.answerable.reply.LineMarker.Series;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineMarkerTest {

    @ParameterizedTest(name = "\"{0}\" names {1} and its text starts with \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            1. Yes                       | 1     | Yes
            (3) No                       | 3     | No
            Q2: 57                       | 2     | 57
            Q2 - 57                      | 2     | 57
            **Question 4**               | 4     | ''
            ## Question 4: Budget        | 4     | Budget
            Response to question 2: Yes  | 2     | Yes
            Questions 4 and 5: Not held  | 4 5   | Not held
            Q4 & Q5 - Not held           | 4 5   | Not held
            Questions 4-6                | 4 5 6 | ''
            """)
    void reads_which_questions_a_numbered_label_names(String line, String numbers, String content) {
        LineMarker marker = LineMarker.of(line);

        assertThat(marker.readings()).containsExactlyElementsOf(List.of(numbers.split(" ")).stream()
                .map(n -> new Reading(Series.NUMBER, Integer.parseInt(n))).toList());
        assertThat(line.substring(marker.contentStart())).isEqualTo(content);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Q1 2024 figures were higher", "2015 19 20", "\t40", "e.g. training", "1.5 million was spent",
        "Part of the budget", "3 ", "The answer is yes"})
    void ordinary_text_and_figures_carry_no_label(String line) {
        assertThat(LineMarker.of(line)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1. a) & b) See the Commissioner's statistics.", "1. (a) and (b) Published online."})
    void sub_items_written_after_their_number_name_those_sub_items_only(String line) {
        LineMarker marker = LineMarker.of(line);

        assertThat(marker.names(LineMarker.readingsOfLabel("1a"), LineMarker.parentOfLabel("1a"))).isTrue();
        assertThat(marker.names(LineMarker.readingsOfLabel("1b"), LineMarker.parentOfLabel("1b"))).isTrue();
        assertThat(marker.names(LineMarker.readingsOfLabel("2a"), LineMarker.parentOfLabel("2a"))).isFalse();
        assertThat(marker.names(LineMarker.readingsOfLabel("1c"), LineMarker.parentOfLabel("1c"))).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"a) 24", "(a) 24", "a. 24"})
    void letters_name_lettered_questions(String line) {
        assertThat(LineMarker.of(line).names(LineMarker.readingsOfLabel("a)"))).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"• For each year", "You asked: Does the council", "- a point"})
    void bullets_and_you_asked_name_no_question(String line) {
        assertThat(LineMarker.of(line).readings()).isEmpty();
    }
}
