package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes met in replies the assistant had not seen (corpus cases 27-103), written here as small
 * made-up letters so that each general rule is pinned down on its own.
 */
class WiderReplyShapesTest {

    private final ReplySplitter splitter = new ReplySplitter();

    private List<String> answers(String reply, List<QuestionRef> questions) {
        return splitter.split(reply, questions, Regime.FOIA).answers().stream().map(AnswerProposal::answerText).toList();
    }

    @Test
    void answers_numbered_again_after_a_response_heading_are_the_answers_and_bullets_answer_sub_asks_in_order() {
        String reply = """
                Request

                1. Please provide the latest exploitation strategy.

                2. If it is exempt, please provide at minimum:
                  • The number of children referred in 2024
                  • The number of referrals closed in 2024

                Response

                1. The strategy is exempt under section 31 of the Act.

                2. As follows:
                  • 57.
                  • The Council does not hold this information.
                """;
        List<QuestionRef> questions = List.of(new QuestionRef("1", "Please provide the latest exploitation strategy."),
                new QuestionRef("2", "The number of children referred in 2024"), new QuestionRef("2", "The number of referrals closed in 2024"));

        ReplyProposal proposal = splitter.split(reply, questions, Regime.FOIA);

        assertThat(proposal.answers().get(0).answerText()).startsWith("The strategy is exempt");
        assertThat(proposal.answers().get(1).answerText()).isEqualTo("57.");
        assertThat(proposal.answers().get(2).answerText()).startsWith("The Council does not hold");
        assertThat(proposal.answers().get(2).suggestedOutcome()).isEqualTo(Outcome.NOT_HELD);
    }

    @Test
    void a_lone_letter_label_answers_the_sub_question_of_the_number_above_it() {
        String reply = """
                1. How much was spent on agency staff, a) in 2023 and b) in 2024?
                a) £1,200
                b) £900
                2. a) How many agency nurses and b) how many agency doctors?
                a) 14
                b) 3
                """;
        List<QuestionRef> questions = List.of(new QuestionRef("1a", "How much was spent on agency staff, a) in 2023 and"),
                new QuestionRef("1b", "in 2024?"), new QuestionRef("2a", "How many agency nurses and"),
                new QuestionRef("2b", "how many agency doctors?"));

        assertThat(answers(reply, questions)).containsExactly("£1,200", "£900", "14", "3");
    }

    @Test
    void grouped_bare_numbers_label_one_answer_and_an_unnumbered_ask_is_not_counted_as_question_one() {
        String reply = """
                Could you tell me whether the council has a Welsh language policy?

                1. How many staff speak Welsh?
                2. How many staff write Welsh?

                Yes, the council has a Welsh language policy.

                1. and 2 This information is not recorded by the Council.
                """;
        List<QuestionRef> questions = List.of(new QuestionRef("", "Could you tell me whether the council has a Welsh language policy?"),
                new QuestionRef("1", "How many staff speak Welsh?"), new QuestionRef("2", "How many staff write Welsh?"));

        List<String> answers = answers(reply, questions);

        assertThat(answers.get(0)).startsWith("Yes, the council has a Welsh language policy.");
        assertThat(answers.get(1)).isEqualTo("This information is not recorded by the Council.");
        assertThat(answers.get(2)).isEqualTo("This information is not recorded by the Council.");
    }

    @Test
    void a_sentence_saying_what_is_held_in_relation_to_questions_starts_their_answer() {
        String reply = """
                You asked:
                1. Minutes of the meeting. 2. The date the minister was invited. 3. The cost of the visit.

                I confirm we hold some information. The information we hold in relation to questions 1 and 2 is enclosed (item 2 at Appendix 1 is the invitation). We do not hold any information in relation to question 3.
                """;
        List<QuestionRef> questions = List.of(new QuestionRef("1", "Minutes of the meeting."),
                new QuestionRef("2", "The date the minister was invited."), new QuestionRef("3", "The cost of the visit."));

        List<String> answers = answers(reply, questions);

        assertThat(answers.get(0)).startsWith("The information we hold in relation to questions 1 and 2");
        assertThat(answers.get(1)).startsWith("The information we hold in relation to questions 1 and 2");
        assertThat(answers.get(2)).startsWith("We do not hold any information in relation to question 3");
    }

    @Test
    void a_paragraph_after_the_last_question_named_goes_to_the_answer_it_speaks_of() {
        String reply = """
                You asked:
                1. Minutes of the meeting. 2. Letters arranging it. 3. The cost of the visit.

                The information we hold in relation to questions 1 and 2 is enclosed at Appendix 1. We hold nothing in relation to question 3.

                Some of the information at Appendix 1 has been withheld under section 40 of the Act.
                """;
        List<QuestionRef> questions = List.of(new QuestionRef("1", "Minutes of the meeting."),
                new QuestionRef("2", "Letters arranging it."), new QuestionRef("3", "The cost of the visit."));

        ReplyProposal proposal = splitter.split(reply, questions, Regime.FOIA);

        assertThat(proposal.answers().get(0).answerText()).contains("withheld under section 40");
        assertThat(proposal.answers().get(0).suggestedOutcome()).isEqualTo(Outcome.PARTLY_ANSWERED);
        assertThat(proposal.answers().get(2).answerText()).isEqualTo("We hold nothing in relation to question 3.");
    }

    @Test
    void an_emailed_requests_sign_off_and_the_regime_note_are_not_the_answer() {
        String reply = """
                Dear Sir or Madam,

                Could you please tell me how many taxis the agency booked in 2019?

                Many thanks

                Yours faithfully,

                Dear Requester,

                Response

                As the information you have requested is 'environmental information' for the purposes of the Environmental Information (Scotland) Regulations 2004, we are required to deal with your request under those Regulations.
                This exemption is subject to the 'public interest test'. We have found that the public interest lies in applying the exemption.

                The agency booked 41 taxis in 2019.
                """;
        List<QuestionRef> questions = List.of(new QuestionRef("", "Could you please tell me how many taxis the agency booked in 2019?"));

        assertThat(answers(reply, questions).getFirst()).isEqualTo("The agency booked 41 taxis in 2019.");
    }

    @Test
    void a_request_quoted_whole_runs_to_its_closing_quotation_mark() {
        String reply = """
                Information requested:

                “Please provide the following information for all care agencies.

                I request a list of names and addresses for all agencies.”

                The team can confirm that we hold some of the requested information: see the attached list.
                """;
        List<QuestionRef> questions = List.of(new QuestionRef("", "Please provide the following information for all care agencies."));

        assertThat(answers(reply, questions).getFirst()).startsWith("The team can confirm that we hold some");
    }

    @Test
    void the_requesters_restated_clarification_is_not_the_answer() {
        String reply = """
                1. How many assessments were completed?
                Clarification of Question 1: I would like the number of full assessments.
                As per the clarification, the number of full assessments completed is 637.
                """;
        ReplyProposal proposal = splitter.split(reply, List.of(new QuestionRef("1", "How many assessments were completed?")), Regime.FOIA);

        assertThat(proposal.answers().getFirst().answerText()).startsWith("As per the clarification, the number");
        assertThat(proposal.answers().getFirst().suggestedOutcome()).isEqualTo(Outcome.ANSWERED);
    }

    @Test
    void a_request_email_signed_off_before_hi_and_a_reference_line_opens_the_reply() {
        String reply = """
                Request
                Dear Fire Service,
                1. How many wildfires did you attend in 2022?
                2. How many firefighters were injured?
                Yours faithfully,
                X
                Response
                Ref: FOI 224 08 23
                Hi X,
                Thank you for your request for incident information.
                The Service attended 5 wildfires in 2022 and no firefighter was injured.
                """;
        List<QuestionRef> questions = List.of(new QuestionRef("1", "How many wildfires did you attend in 2022?"),
                new QuestionRef("2", "How many firefighters were injured?"));

        assertThat(answers(reply, questions)).allSatisfy(a -> assertThat(a).startsWith("The Service attended 5 wildfires"));
    }

    @Test
    void a_refusal_pointing_to_its_reasons_below_is_refused_and_question_one_in_words_names_question_one() {
        String reply = """
                1. How many phones were stolen?
                2. How many were recovered?
                Please see below for the following exemptions:
                Section 12 - Excess Cost
                We cannot answer question 2 as it would exceed the 18-hour limit.
                Reason for decision
                In respect of Question One (1), the force is able to disclose 4,210 thefts.
                """;
        ReplyProposal proposal = splitter.split(reply, List.of(new QuestionRef("1", "How many phones were stolen?"),
                new QuestionRef("2", "How many were recovered?")), Regime.FOIA);

        assertThat(proposal.answers().get(0).answerText()).startsWith("In respect of Question One (1)");
        assertThat(proposal.answers().get(1).suggestedOutcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void a_whatdotheyknow_thread_answers_after_the_requests_sign_off() {
        String reply = """
                Dear University,

                Under the Act, please could you provide me with the number of students seen by the counselling service in 2024.

                If possible, please provide a breakdown by the type of issue the students are seeking help for.

                Yours faithfully,

                A Requester

                We are writing to advise you that it has been necessary to refuse this
                request under the Freedom of Information Act, as compliance would exceed the
                appropriate costs limit established by section 12.
                """;
        List<QuestionRef> questions = List.of(
                new QuestionRef("", "please could you provide me with the number of students seen by the counselling service in 2024."),
                new QuestionRef("", "If possible, please provide a breakdown by the type of issue the students are seeking help for."));

        ReplyProposal proposal = splitter.split(reply, questions, Regime.FOIA);

        assertThat(proposal.answers()).allSatisfy(a -> {
            assertThat(a.answerText()).startsWith("We are writing to advise you that it has been necessary to refuse");
            assertThat(a.suggestedOutcome()).isEqualTo(Outcome.REFUSED);
        });
    }

    @Test
    void a_final_response_heading_and_a_lone_letter_over_a_group_of_questions_leave_one_shared_answer() {
        String reply = """
                Initial Request:
                a)
                1. How many people were rescued at fires?
                C
                2. How many people were rescued in total?
                Final Response:
                Please see attached spreadsheet
                """;
        List<QuestionRef> questions = List.of(new QuestionRef("1", "How many people were rescued at fires?"),
                new QuestionRef("2", "How many people were rescued in total?"));

        assertThat(answers(reply, questions)).containsOnly("Please see attached spreadsheet");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I refer to your request for information about vehicles. Under section 21 of the Act, we are not required to provide it.
            Your request was received on 17 April 2015 and I am dealing with it under the Act. Under section 21 of the Act, we are not required to provide it.
            I write in response to your email of 3 May. Under section 21 of the Act, we are not required to provide it.
            """)
    void the_letters_opening_sentence_is_not_the_answer(String reply) {
        List<String> answers = answers(reply, List.of(new QuestionRef("", "How many vehicles use the motorways?")));

        assertThat(answers.getFirst()).startsWith("Under section 21 of the Act");
    }

    @Test
    void labels_above_the_bodys_response_heading_number_the_request_and_the_answer_below_is_shared() {
        String reply = """
                You requested –
                1- How many fires did the service attend that were caused by the impacts of climate change?
                2- Of these fires how many people died?
                The Fire and Rescue Service response –
                Our incident recording system has no category for climate change, so this information is not held.
                """;
        List<QuestionRef> questions = List.of(
                new QuestionRef("1", "How many fires did the service attend that were caused by the impacts of climate change?"),
                new QuestionRef("2", "Of these fires how many people died?"));

        ReplyProposal proposal = splitter.split(reply, questions, Regime.FOIA);

        assertThat(proposal.answers()).allSatisfy(a -> {
            assertThat(a.answerText()).startsWith("Our incident recording system has no category");
            assertThat(a.suggestedOutcome()).isEqualTo(Outcome.NOT_HELD);
        });
    }

    @Test
    void an_answer_that_opens_by_repeating_its_question_loses_the_repeat_but_an_answer_using_its_words_does_not() {
        String question = "Please supply a copy of the latest workforce change strategy";

        assertThat(AnswerText.withoutTheQuestionRepeated("Please supply a copy of the latest workforce change strategy\n"
                + "We do not have a workforce change strategy.", question)).isEqualTo("We do not have a workforce change strategy.");
        assertThat(AnswerText.withoutTheQuestionRepeated("The latest workforce change strategy is attached as a copy.", question))
                .isEqualTo("The latest workforce change strategy is attached as a copy.");
    }


    @Test
    void bare_numbers_label_the_questions_and_their_answers_numbered_again() {
        String reply = """
                The information requested is as follows;

                1 How many one bedroom properties are available to let this week?

                2 How many people are on the waiting list for one bedroom properties?

                1 There are 5 one bedroom properties available for re-let this week.

                2 There are 614 applicants on the waiting list.
                """;
        List<QuestionRef> questions = List.of(new QuestionRef("1", "How many one bedroom properties are available to let this week?"),
                new QuestionRef("2", "How many people are on the waiting list for one bedroom properties?"));

        assertThat(answers(reply, questions)).containsExactly("There are 5 one bedroom properties available for re-let this week.",
                "There are 614 applicants on the waiting list.");
    }

    @Test
    void numbers_followed_by_a_comma_label_the_request_and_its_last_words_are_not_the_answer() {
        String reply = """
                I would like the following data on arrests in 2012:

                1, When an arrest was made

                2, How old the arrested persons were

                Please provide this by email in a spreadsheet.

                This information is exempt under Section 40 of the Act as it could identify the persons arrested.
                """;
        List<QuestionRef> questions = List.of(new QuestionRef("1", "When an arrest was made"),
                new QuestionRef("2", "How old the arrested persons were"));

        assertThat(answers(reply, questions)).allSatisfy(a -> assertThat(a).startsWith("This information is exempt under Section 40"));
    }
}
