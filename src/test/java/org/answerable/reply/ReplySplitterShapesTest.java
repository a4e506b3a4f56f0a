package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;

/** Reply layouts the Leicester letters do not show, as other authorities write them. */
class ReplySplitterShapesTest {

    private static final List<QuestionRef> QUESTIONS = List.of(
            new QuestionRef("1", "Does the council have a strategy to tackle child exploitation?"),
            new QuestionRef("2", "How many children were referred to the exploitation team in 2024?"),
            new QuestionRef("3", "What was the team's budget in each of the last three financial years?"));

    private final ReplySplitter splitter = new ReplySplitter();

    private List<String> answers(ReplyProposal proposal) {
        return proposal.answers().stream().map(AnswerProposal::answerText).toList();
    }

    @Test
    void bold_markdown_headings_label_the_answers() {
        ReplyProposal proposal = splitter.split("""
                Dear Ms Smith,

                Thank you for your request of 3 March.

                **Question 1**
                Yes, the strategy is attached.

                **Question 2**
                57 children.

                **Question 3**
                This information is not held.

                Yours sincerely,
                Jo Bloggs
                """, QUESTIONS, Regime.FOIA);

        assertThat(answers(proposal)).containsExactly("Yes, the strategy is attached.", "57 children.",
                "This information is not held.");
        assertThat(proposal.answers()).extracting(AnswerProposal::suggestedOutcome)
                .containsExactly(Outcome.ANSWERED, Outcome.ANSWERED, Outcome.NOT_HELD);
        assertThat(proposal.unmatchedSegments()).containsExactly("Dear Ms Smith,", "Thank you for your request of 3 March.",
                "Yours sincerely,\nJo Bloggs");
    }

    @Test
    void q_number_labels_with_the_answer_on_the_same_line() {
        ReplyProposal proposal = splitter.split("""
                Q1: Yes.
                Q2: 57
                Q3: 2022/23 £120,000; 2023/24 £125,000; 2024/25 £131,500.
                """, QUESTIONS, Regime.FOIA);

        assertThat(answers(proposal)).containsExactly("Yes.", "57", "2022/23 £120,000; 2023/24 £125,000; 2024/25 £131,500.");
        assertThat(proposal.unmatchedSegments()).isEmpty();
    }

    @Test
    void questions_quoted_without_numbers_and_followed_by_response_markers() {
        ReplyProposal proposal = splitter.split("""
                Please find our response below.

                "Does the council have a strategy to tackle child exploitation?"
                Response: Yes, it was adopted in 2022.

                "How many children were referred to the exploitation team in 2024?"
                Response: 57 children were referred.

                "What was the team's budget in each of the last three financial years?"
                Response:
                The budget is published on our website at https://example.gov.uk/budgets.
                """, QUESTIONS, Regime.FOIA);

        assertThat(answers(proposal)).containsExactly("Yes, it was adopted in 2022.", "57 children were referred.",
                "The budget is published on our website at https://example.gov.uk/budgets.");
        assertThat(proposal.answers().get(2).suggestedOutcome()).isEqualTo(Outcome.REDIRECTED);
        assertThat(proposal.unmatchedSegments()).containsExactly("Please find our response below.");
    }

    @Test
    void answers_given_out_of_order_still_reach_their_questions() {
        ReplyProposal proposal = splitter.split("""
                3. What was the team's budget in each of the last three financial years?
                £120,000, £125,000 and £131,500.

                1. Does the council have a strategy to tackle child exploitation?
                Yes.

                2. How many children were referred to the exploitation team in 2024?
                57.
                """, QUESTIONS, Regime.FOIA);

        assertThat(answers(proposal)).containsExactly("Yes.", "57.", "£120,000, £125,000 and £131,500.");
    }

    @Test
    void labels_out_of_order_without_restated_questions_still_reach_their_questions() {
        ReplyProposal proposal = splitter.split("""
                Q2 - 57
                Q1 - Yes
                Q3 - £131,500
                """, QUESTIONS, Regime.FOIA);

        assertThat(answers(proposal)).containsExactly("Yes", "57", "£131,500");
    }

    @Test
    void an_extra_paragraph_stays_with_the_answer_before_it_and_a_note_before_the_first_is_unmatched() {
        ReplyProposal proposal = splitter.split("""
                Please note that all figures are provisional.

                1. Does the council have a strategy to tackle child exploitation?
                Yes.

                The strategy is reviewed every two years by the safeguarding partnership.

                2. How many children were referred to the exploitation team in 2024?
                57.
                """, QUESTIONS, Regime.FOIA);

        assertThat(proposal.answers().get(0).answerText())
                .isEqualTo("Yes.\n\nThe strategy is reviewed every two years by the safeguarding partnership.");
        assertThat(proposal.answers().get(1).answerText()).isEqualTo("57.");
        assertThat(proposal.answers().get(2).answerText()).isEmpty();
        assertThat(proposal.answers().get(2).suggestedOutcome()).isEqualTo(Outcome.NOT_ADDRESSED);
        assertThat(proposal.unmatchedSegments()).containsExactly("Please note that all figures are provisional.");
    }

    @Test
    void a_reply_that_matches_no_question_is_kept_whole_as_unmatched_text() {
        ReplyProposal proposal = splitter.split("""
                Thank you for your email. We are dealing with your request and will reply shortly.

                Kind regards,
                Information Team
                """, QUESTIONS, Regime.FOIA);

        assertThat(proposal.answers()).hasSize(3).allSatisfy(a -> {
            assertThat(a.answerText()).isEmpty();
            assertThat(a.suggestedOutcome()).isEqualTo(Outcome.NOT_ADDRESSED);
        });
        assertThat(proposal.unmatchedSegments()).containsExactly(
                "Thank you for your email. We are dealing with your request and will reply shortly.",
                "Kind regards,\nInformation Team");
    }

    @Test
    void blank_text_gives_an_empty_proposal_for_every_question() {
        ReplyProposal proposal = splitter.split("  \n", QUESTIONS, Regime.FOIA);

        assertThat(proposal.answers()).extracting(AnswerProposal::suggestedOutcome).containsOnly(Outcome.NOT_ADDRESSED);
        assertThat(proposal.unmatchedSegments()).isEmpty();
    }

    @Test
    void you_asked_blocks_with_our_response_markers() {
        ReplyProposal proposal = splitter.split("""
                You asked: Does the council have a strategy to tackle child exploitation?
                Our response: Yes.

                You asked: How many children were referred to the exploitation team in 2024?
                Our response: We can neither confirm nor deny whether we hold this information.

                You asked: What was the team's budget in each of the last three financial years?
                Our response: This information is exempt under section 43(2) as commercially sensitive. We have
                considered the public interest test and concluded it favours withholding.
                """, QUESTIONS, Regime.FOIA);

        assertThat(answers(proposal)).containsExactly("Yes.",
                "We can neither confirm nor deny whether we hold this information.",
                "This information is exempt under section 43(2) as commercially sensitive. We have\nconsidered the public"
                        + " interest test and concluded it favours withholding.");
        assertThat(proposal.answers()).extracting(AnswerProposal::suggestedOutcome)
                .containsExactly(Outcome.ANSWERED, Outcome.NEITHER_CONFIRM_NOR_DENY, Outcome.REFUSED);
        assertThat(proposal.answers().get(2).citations()).extracting(c -> c.provision().code()).containsExactly("FOIA-s43(2)");
        assertThat(proposal.answers().get(2).publicInterestTestStated()).isTrue();
    }

    @Test
    void lettered_replies_match_lettered_questions_whatever_the_brackets() {
        List<QuestionRef> lettered = List.of(new QuestionRef("a)", "the number of cases"),
                new QuestionRef("b)", "the ethnicity of victims"));

        ReplyProposal proposal = splitter.split("""
                (a) 24
                (b) Not recorded centrally.
                """, lettered, Regime.FOIA);

        assertThat(answers(proposal)).containsExactly("24", "Not recorded centrally.");
    }

    @Test
    void a_numbered_list_inside_an_answer_is_not_taken_for_the_next_question() {
        ReplyProposal proposal = splitter.split("""
                1. The following agencies attend:
                1. Police
                2. Health
                3. Education
                2. Monthly.
                3. £40,000.
                """, QUESTIONS, Regime.FOIA);

        assertThat(answers(proposal)).containsExactly("The following agencies attend:\n1. Police\n2. Health\n3. Education",
                "Monthly.", "£40,000.");
    }

    @Test
    void a_heading_naming_two_questions_gives_both_the_same_answer() {
        ReplyProposal proposal = splitter.split("""
                Q1: Yes.

                Questions 2 and 3: This information is not held.
                """, QUESTIONS, Regime.FOIA);

        assertThat(answers(proposal)).containsExactly("Yes.", "This information is not held.", "This information is not held.");
        assertThat(proposal.answers().get(2).suggestedOutcome()).isEqualTo(Outcome.NOT_HELD);
    }

    @Test
    void both_questions_above_shares_one_answer_with_the_question_left_empty() {
        ReplyProposal proposal = splitter.split("""
                1. Does the council have a strategy to tackle child exploitation?
                2. How many children were referred to the exploitation team in 2024?
                In response to both questions above: we hold no information on this.
                3. What was the team's budget in each of the last three financial years?
                £131,500.
                """, QUESTIONS, Regime.FOIA);

        assertThat(proposal.answers().get(0).answerText()).isEqualTo(proposal.answers().get(1).answerText())
                .startsWith("In response to both questions above");
        assertThat(proposal.answers().get(0).suggestedOutcome()).isEqualTo(Outcome.NOT_HELD);
        assertThat(proposal.answers().get(2).answerText()).isEqualTo("£131,500.");
    }

    @Test
    void a_question_restated_across_wrapped_lines_is_removed_from_the_answer() {
        ReplyProposal proposal = splitter.split("""
                1. Does the council have a strategy to tackle
                   child exploitation?

                Answer: No. We follow the regional protocol.
                """, QUESTIONS, Regime.FOIA);

        assertThat(proposal.answers().getFirst().answerText()).isEqualTo("No. We follow the regional protocol.");
    }

    @Test
    void an_answer_that_echoes_its_question_keeps_its_words() {
        List<QuestionRef> one = List.of(new QuestionRef("1", "Does the council have a standalone child exploitation strategy?"
                + " If so, please provide a copy of the most recent version."));

        ReplyProposal proposal = splitter.split("""
                1. The council does not have a standalone child exploitation strategy.
                """, one, Regime.FOIA);

        assertThat(proposal.answers().getFirst().answerText())
                .isEqualTo("The council does not have a standalone child exploitation strategy.");
    }

    @Test
    void a_scottish_reply_cites_the_scottish_act() {
        ReplyProposal proposal = splitter.split("""
                Q1: The Council does not hold this information. In terms of section 17 of FOISA, this
                is formal notice that the information is not held.
                Q2: The figure is fewer than 5 and is withheld under section 38(1)(b).
                Q3: Published at https://example.scot/budgets, so exempt under section 25.
                """, QUESTIONS, Regime.FOISA);

        assertThat(proposal.answers()).extracting(a -> a.citations().stream().map(c -> c.provision().code()).toList())
                .containsExactly(List.of("FOISA-s17"), List.of("FOISA-s38(1)(b)"), List.of("FOISA-s25"));
        assertThat(proposal.answers()).extracting(AnswerProposal::suggestedOutcome)
                .containsExactly(Outcome.NOT_HELD, Outcome.REFUSED, Outcome.REDIRECTED);
        assertThat(proposal.answers().get(1).suppressedMarkers()).containsExactly("fewer than 5");
        assertThat(proposal.answers().get(2).publishedAt()).contains("https://example.scot/budgets");
    }

    @Test
    void a_request_quoted_as_a_list_then_numbered_again_gives_each_number_its_answer() {
        ReplyProposal proposal = splitter.split("""
                Your request:
                1. Does the council have a strategy to tackle child exploitation?
                2. How many children were referred to the exploitation team in 2024?
                3. What was the team's budget in each of the last three financial years?

                Our response
                1.
                Yes, it was adopted in 2023.
                2.
                We do not hold this information.
                3.
                £40,000 in each year.
                """, QUESTIONS, Regime.FOIA);

        assertThat(answers(proposal)).containsExactly("Yes, it was adopted in 2023.", "We do not hold this information.",
                "£40,000 in each year.");
        assertThat(proposal.answers()).extracting(AnswerProposal::placement).containsOnly(Placement.LABELLED);
        assertThat(proposal.answers()).noneMatch(AnswerProposal::needsAttention);
    }

    @Test
    void a_cost_refusal_for_the_whole_request_before_the_questions_answers_every_question() {
        ReplyProposal proposal = splitter.split("""
                Your request has been considered. The cost of complying with your request would exceed the appropriate
                limit under section 12(1): between 1500 and 1800 open cases would have to be read.
                Request 1
                Does the council have a strategy to tackle child exploitation?
                Request 2
                How many children were referred to the exploitation team in 2024?
                Request 3
                What was the team's budget in each of the last three financial years?
                """, QUESTIONS, Regime.FOIA);

        assertThat(proposal.answers()).allSatisfy(a -> {
            assertThat(a.answerText()).startsWith("Your request has been considered.");
            assertThat(a.suggestedOutcome()).as("the record count is no answer").isEqualTo(Outcome.REFUSED);
            assertThat(a.citations()).extracting(c -> c.provision().code()).containsExactly("FOIA-s12(1)");
            assertThat(a.placement()).isEqualTo(Placement.WHOLE_LETTER);
        });
    }

    @Test
    void answers_named_in_sentences_after_the_request_reach_their_questions_and_are_marked_for_a_check() {
        ReplyProposal proposal = splitter.split("""
                1) Does the council have a strategy to tackle child exploitation?
                2) How many children were referred to the exploitation team in 2024?
                3) What was the team's budget in each of the last three financial years?

                We do not record referrals by team, so we cannot answer your second question. In relation to questions 1
                and 3, the strategy and the budgets are published at https://example.gov.uk/cse.
                """, QUESTIONS, Regime.FOIA);

        assertThat(proposal.answers().get(1).answerText()).startsWith("We do not record referrals by team");
        assertThat(proposal.answers().get(1).suggestedOutcome()).isEqualTo(Outcome.NOT_HELD);
        assertThat(proposal.answers().get(0).answerText()).isEqualTo(proposal.answers().get(2).answerText())
                .startsWith("In relation to questions 1");
        assertThat(proposal.answers().get(2).suggestedOutcome()).isEqualTo(Outcome.REDIRECTED);
        assertThat(proposal.answers()).allMatch(a -> a.attention().contains(Attention.PLACED_BY_WEAK_RULE));
    }

    @Test
    void an_answer_that_only_points_to_another_takes_its_outcome_and_provisions_for_the_user_to_check() {
        ReplyProposal proposal = splitter.split("""
                Q1: Yes.
                Q2: Locating the referrals would take 40 hours. Section 12 applies and we refuse this part.
                Q3: See response to Question 2. This will exceed 18 hours work.
                """, QUESTIONS, Regime.FOIA);

        AnswerProposal third = proposal.answers().get(2);
        assertThat(third.answerText()).startsWith("See response to Question 2");
        assertThat(third.suggestedOutcome()).isEqualTo(Outcome.REFUSED);
        assertThat(third.citations()).extracting(c -> c.provision().code()).containsExactly("FOIA-s12");
        assertThat(third.attention()).contains(Attention.REFERS_TO_ANOTHER_ANSWER);
        assertThat(proposal.answers().getFirst().attention()).isEmpty();
    }

    @Test
    void provisions_the_opening_cites_for_the_whole_letter_are_kept_as_the_letters_own() {
        ReplyProposal proposal = splitter.split("""
                We are applying the exemption at section 39(2) of FOISA, so that we deal with your request under the EIRs.

                Q1: Yes.
                Q2: 12 children.
                Q3: £40,000.
                """, QUESTIONS, Regime.EISR);

        assertThat(proposal.letterCitations()).extracting(c -> c.provision().code()).containsExactly("FOISA-s39(2)");
        assertThat(proposal.answers()).allMatch(a -> a.citations().isEmpty());
    }

    @Test
    void lettered_questions_answered_by_one_block_of_label_and_figure_rows_per_period_share_the_block() {
        List<QuestionRef> lettered = List.of(
                new QuestionRef("1a", "Number of children referred to the exploitation team"),
                new QuestionRef("1b", "Number of children referred to the exploitation team more than once"),
                new QuestionRef("2a", "Number of children referred to the exploitation team by the police"),
                new QuestionRef("2b", "Number of children referred to the exploitation team by the police more than once"));
        ReplyProposal proposal = splitter.split("""
                Request received:

                1a. Number of children referred to the exploitation team

                1b. Number of children referred to the exploitation team more than once

                2a. Number of children referred to the exploitation team by the police

                2b. Number of children referred to the exploitation team by the police more than once

                Response provided:

                2023

                1a – 40

                1b – 12

                2a – 9

                2b – 3

                2024

                1a – 44

                1b – 10

                2a – 7

                2b – 2
                """, lettered, Regime.FOIA);

        assertThat(answers(proposal)).allSatisfy(answer -> assertThat(answer).startsWith("2023").contains("2b – 2"));
        assertThat(proposal.answers()).extracting(AnswerProposal::suggestedOutcome).containsOnly(Outcome.ANSWERED);
    }
}
