package org.answerable.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionSplitterTest {

    private final QuestionSplitter splitter = new QuestionSplitter();

    // --- a reply pasted because the request was made elsewhere: only the restated request counts ---

    @Test
    void a_reply_restating_the_request_gives_its_questions_without_the_answers() {
        List<ProposedQuestion> questions = splitter.split("""
                Provision of information held by the force
                You asked:
                1. How many officers were assigned to the unit in 2024?
                2. How many complaints were received?
                In Response:
                I can confirm that the information is held. 1. There were 14 officers.
                """);

        assertThat(questions).extracting(ProposedQuestion::text).containsExactly(
                "How many officers were assigned to the unit in 2024?", "How many complaints were received?");
    }

    @Test
    void numbered_answers_under_each_restated_request_end_it() {
        List<ProposedQuestion> questions = splitter.split("""
                Request 1
                What is the current number of active cases?
                Answer 1
                As of May there were 325 cases open.
                Request 2
                What is the estimated time to completion?
                Answers 2 & 3
                We can neither confirm nor deny that we hold it.
                """);

        assertThat(questions).extracting(ProposedQuestion::text)
                .containsExactly("What is the current number of active cases?", "What is the estimated time to completion?");
    }

    @Test
    void a_department_letter_quoting_the_request_gives_the_quoted_paragraph() {
        List<ProposedQuestion> questions = splitter.split("""
                Thank you for your email of 27 May in which you asked for the following information from the Ministry:

                I should like to know the cost of the gowns made for the new Justice Secretary.

                Your request has been handled under the Freedom of Information Act 2000. I can confirm that we do not hold it.
                """);

        assertThat(questions).singleElement().extracting(ProposedQuestion::text)
                .isEqualTo("I should like to know the cost of the gowns made for the new Justice Secretary.");
    }

    // --- the real requests behind the Leicester replies in src/test/resources/examples ---

    @Test
    void splits_the_child_exploitation_strategy_request_into_its_ten_numbered_questions() {
        List<ProposedQuestion> questions = splitter.split(request("leicester-child-exploitation-strategy.txt"));

        assertThat(questions).extracting(ProposedQuestion::label)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(questions).extracting(ProposedQuestion::text).containsExactly(
                "Does the council have a standalone Child Sexual Exploitation (CSE) strategy? If so, please provide"
                        + " a copy of the most recent version.",
                "Does the council have any other strategies to tackle other forms of child exploitation? For clarity"
                        + " the primary focus of the strategy should be child exploitation, not included as part of"
                        + " wider safeguarding strategies.",
                "Has the local authority undertaken any evaluation or impact assessment of any child exploitation"
                        + " strategy or services in the past 3 years? If so, please provide a copy of any relevant"
                        + " reports,",
                "Are elected members given briefings or oversight of the council's work on child exploitation? (e.g."
                        + " briefings, training sessions, regular reports at committee or scrutiny meetings?)",
                "Please provide a copy of any current multi-agency protocol or partnership agreement relating to"
                        + " child exploitation (including CSE, criminal exploitation, trafficking, or online harm).",
                "Please provide membership by organisation and frequency of meetings for the multi-agency"
                        + " partnership for child exploitation.",
                """
                Does the local authority undertake regular audits of child exploitation cases (including CSE)? \
                If so, please provide:
                The number of audits carried out in the last 12 months
                The key findings from these audits
                Any improvement actions identified and their current status?""",
                "What specific services or interventions does the local authority provide or commission to prevent"
                        + " child exploitation?",
                """
                How many children were referred to early help or preventative services due to risk of \
                exploitation in the last 12 months? Please provide the number of:
                Children identified as at risk of CSE in the last 12 months
                Children identified as victims of CSE in the last 12 months
                Children identified as at risk of other forms of exploitation (e.g. criminal exploitation, \
                modern slavery, trafficking)
                Children identified as victims of other forms of exploitation (e.g. criminal exploitation, \
                modern slavery, trafficking)""",
                "What was the total budget allocated to child exploitation work (including prevention and victim"
                        + " support) in the previous three financial years (22/23, 23/24, 24/25)?");
    }

    @Test
    void splits_the_bulleted_2015_to_2024_request_into_six_questions_without_the_closing_note() {
        List<ProposedQuestion> questions = splitter.split(request("leicester-cse-cce-2015-2024.txt"));

        assertThat(questions).extracting(ProposedQuestion::label).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(questions).extracting(ProposedQuestion::text).containsExactly(
                "For each year in the period, how many people have been considered to be at risk of ‘child sex"
                        + " exploitation - CSE' and ‘Child Criminal Exploitation - CCE’ – please provide an age"
                        + " breakdown if available. If providing a breakdown by age for each year would risk"
                        + " identifying individuals, then please instead provide an age breakdown for the entire"
                        + " period.",
                "For each year in the period, How many people have been considered to be involved in 'child sex"
                        + " exploitation - CSE' and ‘Child Criminal Exploitation - CCE’– please provide an age"
                        + " breakdown if available. If providing a breakdown by age for each year would risk"
                        + " identifying individuals, then please instead provide an age breakdown for the entire"
                        + " period.",
                "For each year in the period, how many calls were recorded to the MASH helpline",
                "For each year in the period, how many cases of those recorded at risk of exploitation were"
                        + " investigated by the council",
                "For each year in the period, how many cases of those recorded to be involved in exploitation were"
                        + " investigated by the council",
                "Please provide an annual breakdown of the council budget set aside to tackling Child Sex"
                        + " Exploitation");
    }

    @Test
    void splits_the_cse_monitoring_request_into_lettered_questions_keeping_their_labels() {
        List<ProposedQuestion> questions = splitter.split(request("leicester-cse-monitoring-2025.txt"));

        assertThat(questions).extracting(ProposedQuestion::label)
                .containsExactly("a)", "b)", "c)", "d)", "e)", "f)", "g)");
        assertThat(questions).extracting(ProposedQuestion::text).containsExactly(
                "that your council currently operates these mechanisms and has a strategy to cover CSE,",
                "the nature of these mechanisms used to monitor CSE and the strategy in place,",
                "the current number of cases of CSE being monitored by your council,",
                "the number of CSE cases monitored that are thought to be gang/group based (cases involving 2 or"
                        + " more perpetrators),",
                "a breakdown of ethnicity and - if possible - age of the assumed victims of CSE being monitored by"
                        + " your council",
                "a breakdown of ethnicity of perpetrators for cases being monitored by your council.",
                "the number of cases being monitored each year between 2010 and 2024 (please use the most"
                        + " appropriate reporting date for this data and, if this is not available, please provide"
                        + " this information as of the 1st March of that year). If data is not available for a"
                        + " particular year then please specify the reason for this.");
    }

    // --- tricky shapes, one table per behaviour ---

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void keeps_each_label_as_the_requester_wrote_it(String shape, String text, List<ProposedQuestion> expected) {
        assertThat(splitter.split(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> keeps_each_label_as_the_requester_wrote_it() {
        return Stream.of(
                table("Q1: style", "Q1: How many?\nQ2: How much?", "Q1", "How many?", "Q2", "How much?"),
                table("Q1. and bare Q1 style", "Q1. How many?\nQ2 How much?", "Q1", "How many?", "Q2", "How much?"),
                table("Question 1: style", "Question 1: How many?\nQuestion 2 - How much?",
                        "Question 1", "How many?", "Question 2", "How much?"),
                table("1) style", "1) How many?\n2) How much?", "1)", "How many?", "2)", "How much?"),
                table("(1) style", "(1) How many?\n(2) How much?", "(1)", "How many?", "(2)", "How much?"),
                table("1 - style", "1 - How many?\n2 – How much?", "1", "How many?", "2", "How much?"),
                table("(a) style", "(a) How many?\n(b) How much?", "(a)", "How many?", "(b)", "How much?"),
                table("a. style", "a. How many?\nb. How much?", "a", "How many?", "b", "How much?"),
                table("A. style", "A. How many?\nB. How much?", "A", "How many?", "B", "How much?"),
                table("label alone on its line", "Question 1\nHow many?\n\nQuestion 2\n\nHow much?",
                        "Question 1", "How many?", "Question 2", "How much?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void tells_roman_numerals_from_letters_by_the_sequence(String shape, String text, List<ProposedQuestion> expected) {
        assertThat(splitter.split(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> tells_roman_numerals_from_letters_by_the_sequence() {
        return Stream.of(
                table("roman i) to v)", "i) One?\nii) Two?\niii) Three?\niv) Four?\nv) Five?",
                        "i)", "One?", "ii)", "Two?", "iii)", "Three?", "iv)", "Four?", "v)", "Five?"),
                table("roman with dots", "Please tell me:\ni. One?\nii. Two?", "i", "One?", "ii", "Two?"),
                table("upper-case roman", "I. One?\nII. Two?", "I", "One?", "II", "Two?"),
                table("i) after h) is a letter",
                        "a) A?\nb) B?\nc) C?\nd) D?\ne) E?\nf) F?\ng) G?\nh) H?\ni) I?\nj) J?",
                        "a)", "A?", "b)", "B?", "c)", "C?", "d)", "D?", "e)", "E?",
                        "f)", "F?", "g)", "G?", "h)", "H?", "i)", "I?", "j)", "J?"),
                table("roman sub-points under letters stay with their letter",
                        "(a) Budget, split into:\n(i) staff\n(ii) other\n(b) Staff numbers",
                        "(a)", "Budget, split into:\n(i) staff\n(ii) other", "(b)", "Staff numbers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void does_not_take_numbers_inside_the_text_for_labels(String shape, String text, List<ProposedQuestion> expected) {
        assertThat(splitter.split(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> does_not_take_numbers_inside_the_text_for_labels() {
        return Stream.of(
                table("years, hours and a year-led line",
                        "Please provide, from 2015-2024:\n1. Cases per year, laid out as\n2015 19\n2016 53\n"
                                + "2. Staff time over\n18 hours a week",
                        "1", "Cases per year, laid out as\n2015 19\n2016 53", "2", "Staff time over\n18 hours a week"),
                table("a number out of sequence",
                        "1. How many audits?\n3. of them were late?\n2. Who audits?",
                        "1", "How many audits?\n3. of them were late?", "2", "Who audits?"),
                table("a year followed by a dash", "2015 - 2024 figures please:\n1. Budget?\n2. Staff?",
                        "1", "Budget?", "2", "Staff?"),
                table("quarters", "Spend per quarter, laid out as\nQ1 2024 £3m\nQ2 2024 £4m",
                        "1", "Spend per quarter, laid out as\nQ1 2024 £3m\nQ2 2024 £4m"),
                table("decimals and times", "1. Spend in 2.5 years?\n10:30 meetings\n2. Staff?",
                        "1", "Spend in 2.5 years?\n10:30 meetings", "2", "Staff?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void keeps_sub_points_with_their_parent_question(String shape, String text, List<ProposedQuestion> expected) {
        assertThat(splitter.split(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> keeps_sub_points_with_their_parent_question() {
        return Stream.of(
                table("lettered sub-points under numbers",
                        "1. Please provide:\na) the number\nb) the cost\n2. Who decides?",
                        "1", "Please provide:\na) the number\nb) the cost", "2", "Who decides?"),
                table("bullets under numbers, blank lines between",
                        "1. Please provide:\n\n- the number\n\n- the cost\n\n2. Who decides?",
                        "1", "Please provide:\n- the number\n- the cost", "2", "Who decides?"),
                table("(1) sub-points under 1.",
                        "1. Please provide:\n(1) the number\n(2) the cost\n2. Who decides?",
                        "1", "Please provide:\n(1) the number\n(2) the cost", "2", "Who decides?"),
                table("sub-points of the last question after a colon",
                        "1. Who decides?\n2. Please provide:\n\n- the number\n\n- the cost\n\nMany thanks",
                        "1", "Who decides?", "2", "Please provide:\n- the number\n- the cost"),
                table("wrapped lines of one question", "1. How many staff\nwork in the team?\n2. Who leads it?",
                        "1", "How many staff\nwork in the team?", "2", "Who leads it?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void numbers_bullet_points_in_order(String shape, String text, List<ProposedQuestion> expected) {
        assertThat(splitter.split(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> numbers_bullet_points_in_order() {
        return Stream.of(
                table("• bullets", "Please provide:\n• Budget?\n• Staff?", "1", "Budget?", "2", "Staff?"),
                table("- bullets", "- Budget?\n- Staff?\n- Audits?", "1", "Budget?", "2", "Staff?", "3", "Audits?"),
                table("* bullets", "* Budget?\n* Staff?", "1", "Budget?", "2", "Staff?"),
                table("– bullets", "– Budget?\n– Staff?", "1", "Budget?", "2", "Staff?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void leaves_out_the_preamble_and_the_sign_off(String shape, String text, List<ProposedQuestion> expected) {
        assertThat(splitter.split(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> leaves_out_the_preamble_and_the_sign_off() {
        return Stream.of(
                table("mixed preamble",
                        "Dear Sir or Madam,\n\nUnder the Freedom of Information Act 2000, please provide, from "
                                + "2015-2024:\n\n1) Budget?\n2) Staff?\n\nYours faithfully,\nJane Doe",
                        "1)", "Budget?", "2)", "Staff?"),
                table("closing note after bullets", "• Budget?\n• Staff?\n\nIf data is not available, say so.",
                        "1", "Budget?", "2", "Staff?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void copes_with_whitespace_from_pasted_documents(String shape, String text, List<ProposedQuestion> expected) {
        assertThat(splitter.split(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> copes_with_whitespace_from_pasted_documents() {
        return Stream.of(
                table("Windows line endings", "Please provide:\r\n\r\n1. How many\r\nstaff?\r\n2. Budget?\r\n",
                        "1", "How many\nstaff?", "2", "Budget?"),
                table("non-breaking spaces", "1.\u00A0How\u00A0many?\n2.\u00A0 Budget?", "1", "How many?", "2", "Budget?"),
                table("tabs and indentation", "\t1.\tHow many?\n    2.\t\tBudget?", "1", "How many?", "2", "Budget?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void takes_the_text_after_each_you_asked_as_a_question(String shape, String text, List<ProposedQuestion> expected) {
        assertThat(splitter.split(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> takes_the_text_after_each_you_asked_as_a_question() {
        return Stream.of(
                table("one You asked: per question, answers after a blank line",
                        "Dear Ms Doe\n\nYou asked: How many staff?\n\nWe employ 12.\n\nYou asked:\nWhat budget?\n\n£3m.",
                        "1", "How many staff?", "2", "What budget?"),
                table("answers introduced by Answer:",
                        "You asked: How many staff?\nAnswer: 12\nYou asked: What budget?\nAnswer: £3m",
                        "1", "How many staff?", "2", "What budget?"),
                table("a single You asked: before a numbered request",
                        "Your request has been considered.\n\nYou asked:\nPlease provide:\n1. Budget?\n2. Staff?",
                        "1", "Budget?", "2", "Staff?"),
                table("a single You asked: before an unstructured request",
                        "Your request has been considered.\n\nYou asked: How many staff?\n\nWe employ 12.",
                        "1", "How many staff?"),
                table("a disclosure log's Request received: and Response provided: headings",
                        "Request reference: FOI 1\n\nRequest received:\n\n1. How many staff?\n\n2. What budget?\n\n"
                                + "Response provided:\n\n1 – 12\n\n2 – £3m",
                        "1", "How many staff?", "2", "What budget?"),
                table("a Welsh letter's Cais: and Ymateb: headings",
                        "Cais:\nNifer yr arestiadau yn 2023.\nYmateb:\nMae adran 12(1) yn berthnasol.",
                        "1", "Nifer yr arestiadau yn 2023."));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\n", "\t\r\n\u00A0"})
    void proposes_no_questions_for_blank_text(String blank) {
        assertThat(splitter.split(blank)).isEmpty();
    }

    @Test
    void a_reply_with_no_response_heading_ends_the_request_where_the_authority_speaks() {
        List<ProposedQuestion> questions = splitter.split("""
                1) How many documents about the road fund licence do you hold?
                DVLA does not hold this information.
                2) How many vehicles are taxed at present?
                The information you have requested is published on our website.
                """);

        assertThat(questions).extracting(ProposedQuestion::text)
                .containsExactly("How many documents about the road fund licence do you hold?");
    }

    @Test
    void a_requesters_if_the_council_does_not_hold_stays_in_the_question() {
        List<ProposedQuestion> questions = splitter.split("""
                1. How many staff were employed in 2024?
                If the council does not hold this, please say so.
                2. What did they cost?
                """);

        assertThat(questions).hasSize(2);
        assertThat(questions.getFirst().text()).contains("If the council does not hold this");
    }

    @Test
    void a_request_under_a_bulleted_heading_ends_at_the_bulleted_response_heading() {
        List<ProposedQuestion> questions = splitter.split("""
                - Information Requested
                I request data on ambulance response times to the major ports.
                - Response
                Public authorities are not required to create information.
                """);

        assertThat(questions).extracting(ProposedQuestion::text)
                .containsExactly("I request data on ambulance response times to the major ports.");
    }

    @Test
    void proposes_unstructured_text_as_a_single_question() {
        String text = "  Please tell me how many staff work in your FOI team in 2024 and\nwhat they cost.\n\n";

        assertThat(splitter.split(text)).containsExactly(new ProposedQuestion(
                "1", "Please tell me how many staff work in your FOI team in 2024 and\nwhat they cost."));
    }

    /** Arguments for a table row: a description, the pasted text, then label/text pairs. */
    private static Arguments table(String shape, String text, String... labelsAndTexts) {
        List<ProposedQuestion> expected = new ArrayList<>();
        for (int i = 0; i < labelsAndTexts.length; i += 2) {
            expected.add(new ProposedQuestion(labelsAndTexts[i], labelsAndTexts[i + 1]));
        }
        return Arguments.of(shape, text, expected);
    }

    private static String request(String name) {
        try (InputStream in = QuestionSplitterTest.class.getResourceAsStream("/examples/requests/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
