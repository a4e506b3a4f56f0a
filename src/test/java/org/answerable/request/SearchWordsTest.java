package org.answerable.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Housing repairs 2024            | housing repairs 2024
            FOI/2025/0042                   | foi 2025 0042
            Children's services (CSE)       | children s services cse
            Café, Ysgol Gymraeg Pen-y-Bryn  | cafe ysgol gymraeg pen y bryn
            repairs REPAIRS Repairs         | repairs
            '  --  '                        | ''
            """)
    void text_is_split_into_lower_case_words_without_accents(String text, String words) {
        assertThat(SearchWords.of(text)).containsExactlyElementsOf(words.isEmpty() ? List.of() : List.of(words.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a, b, a b", ", title, title"})
    void several_texts_give_their_words_in_order_and_nulls_are_skipped(String first, String second, String words) {
        assertThat(SearchWords.of(first, second)).containsExactly(words.split(" "));
    }

    @ParameterizedTest(name = "a word of {0} letters")
    @CsvSource({"39", "40", "41", "200"})
    void long_words_are_cut_to_the_stored_length(int length) {
        String word = "x".repeat(length);
        assertThat(SearchWords.of(word)).containsExactly("x".repeat(Math.min(length, SearchWords.MAX_LENGTH)));
    }
}
