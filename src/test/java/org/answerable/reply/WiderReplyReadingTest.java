package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How answers from replies the assistant had not seen (corpus cases 27-103) are read: outcomes,
 * provisions and tables, each general rule pinned down on a small made-up text.
 */
class WiderReplyReadingTest {

    private final ReplySplitter splitter = new ReplySplitter();

    private List<String> answers(String reply, List<QuestionRef> questions) {
        return splitter.split(reply, questions, Regime.FOIA).answers().stream().map(AnswerProposal::answerText).toList();
    }

    @Test
    void a_whole_request_refused_as_vexatious_for_reasons_set_out_below_is_refused_not_partly_answered() {
        String reply = """
                You have asked for copies of the following documents -
                - The annual report for 2018-2019.
                Our response
                I have concluded that your requests are vexatious under Section 14(1) of the Act and we are refusing to deal with them for the reasons set out below.
                """;
        ReplyProposal proposal = splitter.split(reply, List.of(new QuestionRef("", "The annual report for 2018-2019.")), Regime.FOIA);

        assertThat(proposal.answers().getFirst().suggestedOutcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void a_cost_refusal_naming_only_the_appropriate_limit_is_refused_even_when_it_counts_records() {
        Outcome outcome = OutcomeSuggestion.suggest("""
                We would need to individually interrogate 7069 occurrences, which would exceed the "appropriate level".
                In the case of the police service, the appropriate limit is £450.""", List.of(), false).outcome();

        assertThat(outcome).isEqualTo(Outcome.REFUSED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            183 – s31 of the CA 74 – s38 of the CA
            Children in care of the local authority (s.31 Children Act 1989)
            """)
    void sections_of_other_laws_and_the_requesters_own_citations_are_not_the_letters(String text) {
        ReplyProposal proposal = splitter.split(text, List.of(new QuestionRef("1", "Something else entirely?")), Regime.FOIA);

        assertThat(proposal.letterCitations()).isEmpty();
        assertThat(proposal.answers().getFirst().citations()).isEmpty();
    }

    @Test
    void provisions_the_requester_cites_in_the_restated_request_are_not_the_letters() {
        String reply = """
                Request:
                1. How many fires were there in 2023?
                If this exceeds the limit in Section 12, please provide advice under the Section 16 obligations of the Act.
                Response:
                1. There were 12 fires.
                """;
        ReplyProposal proposal = splitter.split(reply, List.of(new QuestionRef("1", "How many fires were there in 2023?")), Regime.FOIA);

        assertThat(proposal.answers().getFirst().answerText()).isEqualTo("There were 12 fires.");
        assertThat(proposal.letterCitations()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            number is under 5  | SUPPRESSED
            the figure is below 10 | SUPPRESSED
            Fewer than 5       | SUPPRESSED
            Under 5            | TEXT
            """)
    void suppressed_figures_written_in_words_are_suppressed_cells(String written, CellKind kind) {
        assertThat(Cell.of(written).kind()).isEqualTo(kind);
    }

    @Test
    void age_bands_keep_their_number_and_a_suppressed_figure_in_words_is_a_cell() {
        DataTable table = TablePasteParser.parse("""
                Under 5 0

                Under 10 2

                Aged 16 and 17 number is under 5
                """).orElseThrow();

        assertThat(table.rowHeaders()).containsExactly("Under 5", "Under 10", "Aged 16 and 17");
        assertThat(table.rows().get(2).getLast().kind()).isEqualTo(CellKind.SUPPRESSED);
        assertThat(AnswerReader.suppressedMarkers("Aged 16 and 17 number is under 5", TablePasteParser.parse(
                "Under 5 0\nAged 16 and 17 number is under 5"))).containsExactly("number is under 5");
    }

    @Test
    void a_table_copied_one_bordered_cell_per_line_is_read_row_by_row_from_its_header() {
        DataTable table = TablePasteParser.parse("""
                Exemption |
                Partial |
                Refused |
                27(1) |
                3 |
                5 |
                30(b)(i) |
                16 |
                <5 |
                """).orElseThrow();

        assertThat(table.columnHeaders()).containsExactly("Partial", "Refused");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).getLast().kind()).isEqualTo(CellKind.SUPPRESSED);
    }

    @Test
    void period_equals_value_rows_are_a_table() {
        DataTable table = TablePasteParser.parse("2016 - 2017 = 316\n2017 - 2018 = 216\n2018 - 2019 = 160").orElseThrow();

        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().getFirst().getLast().value()).isEqualByComparingTo("316");
    }

    @Test
    void figures_followed_by_what_they_count_are_cells() {
        DataTable table = TablePasteParser.parse("""
                June 2021 to May 2022 – 765 claims, 176 accepted, £38,819 paid
                June 2022 to May 2023 – 1,591 claims, 238 accepted, £51,799 paid
                """).orElseThrow();

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).getLast().value()).isEqualByComparingTo("51799");
        assertThat(TablePasteParser.parse("2021/22 - 178 trees felled.\n2022/23 - 189 trees felled.").orElseThrow().rows()).hasSize(2);
    }

    @Test
    void figures_one_per_line_between_blank_lines_are_one_row() {
        DataTable table = TablePasteParser.parse("6\n\n5\n\n20\n").orElseThrow();

        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().getFirst()).extracting(Cell::raw).containsExactly("6", "5", "20");
    }

    @Test
    void a_sentence_with_figures_is_not_a_table() {
        assertThat(TablePasteParser.parse("We received 12 complaints, and 3 were upheld after review.")).isEmpty();
    }

    @Test
    void a_section_the_question_asks_about_is_its_subject_but_a_limb_is_still_cited() {
        QuestionRef question = new QuestionRef("1", "How many times have you used section 40 to withhold information?");

        ReplyProposal subject = splitter.split("1. How many times have you used section 40 to withhold information?\n"
                + "We do not record how often section 40 is used.", List.of(question), Regime.FOIA);
        ReplyProposal cited = splitter.split("1. How many times have you used section 40 to withhold information?\n"
                + "The names are withheld under section 40(2).", List.of(question), Regime.FOIA);

        assertThat(subject.answers().getFirst().citations()).isEmpty();
        assertThat(cited.answers().getFirst().citations()).extracting(c -> c.provision().code()).containsExactly("FOIA-s40(2)");
    }


    @Test
    void information_exempt_as_already_published_is_redirected_even_when_a_figure_is_quoted() {
        Outcome outcome = splitter.split("""
                1. How many people were homeless in 2023?
                The figure of 1,203 households is published at https://example.gov.uk/homelessness and is therefore
                exempt under section 21 of the Act as reasonably accessible to you.
                """, List.of(new QuestionRef("1", "How many people were homeless in 2023?")), Regime.FOIA).answers().getFirst()
                .suggestedOutcome();

        assertThat(outcome).isEqualTo(Outcome.REDIRECTED);
    }

    @Test
    void cells_left_separated_by_slashes_are_a_table_under_a_header_of_years() {
        DataTable table = TablePasteParser.parse("""
                2005 / 2006 / 2007 / 2008
                Requests received / 1168 / 1103 / 1058 / 1073
                Answered in time / 585 / 581 / 776 / 622
                """).orElseThrow();

        assertThat(table.columnHeaders()).containsExactly("2005", "2006", "2007", "2008");
        assertThat(table.rowHeaders()).containsExactly("Requests received", "Answered in time");
        assertThat(TablePasteParser.parse("Please reply by email / post / phone.")).isEmpty();
    }

    @Test
    void a_two_column_table_run_into_one_line_is_read_pair_by_pair() {
        DataTable table = TablePasteParser.parse("Female 4046 Male 21175 Not Recorded 210 Grand Total 25432").orElseThrow();

        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows().getLast().getLast().value()).isEqualByComparingTo("25432");
        assertThat(TablePasteParser.parse("In 2019 we received 12 complaints and upheld 3 of them after review.")).isEmpty();
    }
}
