package org.answerable.reply;

import static org.answerable.reply.LeicesterExamples.CSE_CCE;
import static org.answerable.reply.LeicesterExamples.MONITORING;
import static org.answerable.reply.LeicesterExamples.STRATEGY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.answerable.authority.Regime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three real Leicester replies, split with the questions of the requests they answer: every
 * question gets its own answer, from its first words to its last, with the provisions it cites.
 */
class ReplySplitterLeicesterTest {

    private static final Map<String, ReplyProposal> SPLIT = new ConcurrentHashMap<>();

    static ReplyProposal split(String example) {
        return SPLIT.computeIfAbsent(example, name -> new ReplySplitter()
                .split(LeicesterExamples.reply(name), LeicesterExamples.questions(name), Regime.FOIA));
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                // example, question, answer starts with, answer ends with, outcome, provisions cited
                Arguments.of(CSE_CCE, 0, "Data for CE was not mandatorily recorded prior to 2021, therefore, this information is not held",
                        "\t2024\n\t28\n\t31\n\t10\n\t40", Outcome.PARTLY_ANSWERED, List.of("FOIA-s17(1)", "FOIA-s1(1)")),
                Arguments.of(CSE_CCE, 1, "Data for CE was not mandatorily recorded prior to 2021, therefore, this information is not held",
                        "\t2024\n\t28\n\t31\n\t10\n\t40", Outcome.PARTLY_ANSWERED, List.of("FOIA-s17(1)", "FOIA-s1(1)")),
                Arguments.of(CSE_CCE, 2, "We do not have a MASH in Leicester City.", "15,930", Outcome.ANSWERED, List.of()),
                Arguments.of(CSE_CCE, 3, "In response to the two questions above.", "please do not hesitate to contact us.",
                        Outcome.REFUSED, List.of("FOIA-s12", "FOIA-s17(1)")),
                Arguments.of(CSE_CCE, 4, "In response to the two questions above.", "please do not hesitate to contact us.",
                        Outcome.REFUSED, List.of("FOIA-s12", "FOIA-s17(1)")),
                Arguments.of(CSE_CCE, 5, "There is not an individual budget to tackle child sexual exploitation.",
                        "the budget for this service is £341,900.", Outcome.PARTLY_ANSWERED, List.of("FOIA-s17(1)", "FOIA-s1(1)")),

                Arguments.of(MONITORING, 0, "Yes via Multi-Agency CE Team Operating Protocol & Guidance (MACSE)", "(MACSE)",
                        Outcome.ANSWERED, List.of()),
                Arguments.of(MONITORING, 1, "as noted above via  MACSE Protocol publicly available",
                        "Rutland Safeguarding Children Partnership Procedures.", Outcome.ANSWERED, List.of()),
                Arguments.of(MONITORING, 2, "24", "24", Outcome.ANSWERED, List.of()),
                Arguments.of(MONITORING, 3, "0", "0", Outcome.ANSWERED, List.of()),
                Arguments.of(MONITORING, 4, "\tEthnicity\n\tAge", "c = number under 5 and suppressed to avoid identification",
                        Outcome.ANSWERED, List.of()),
                Arguments.of(MONITORING, 5, "3\nperson white British Ethnicity.", "person Pakistani Ethnicity", Outcome.ANSWERED, List.of()),
                Arguments.of(MONITORING, 6, "CSE cases open during reporting year April 01-March 31\n\t2010-11",
                        "please do not hesitate to contact us.", Outcome.PARTLY_ANSWERED, List.of("FOIA-s12", "FOIA-s17(1)")),

                Arguments.of(STRATEGY, 0, "Yes, via Multi-Agency Child Exploitation (MACE) Terms of Reference document - see attached.",
                        "see attached.", Outcome.ANSWERED, List.of()),
                Arguments.of(STRATEGY, 1, "Yes, via Multi-Agency Child Exploitation Terms of Reference document.", "document.",
                        Outcome.ANSWERED, List.of()),
                Arguments.of(STRATEGY, 2, "Yes, via Multi-Agency Child Exploitation Terms of Reference document.", "document.",
                        Outcome.ANSWERED, List.of()),
                Arguments.of(STRATEGY, 3, "Yes, yearly awareness training provided.", "training provided.", Outcome.ANSWERED, List.of()),
                Arguments.of(STRATEGY, 4, "Please refer to Multi-Agency Child Exploitation Terms of Reference document attached.",
                        "document attached.", Outcome.ANSWERED, List.of()),
                Arguments.of(STRATEGY, 5, "Daily Risk Management Meeting", "Membership - Police, Social Care, and Health",
                        Outcome.ANSWERED, List.of()),
                Arguments.of(STRATEGY, 6, "Yes.  Regular auditing takes place monthly", "to promote ongoing consistency",
                        Outcome.ANSWERED, List.of()),
                Arguments.of(STRATEGY, 7, "Specialist Child Exploitation Team provided by the LA", "Girls Group - Youth Service",
                        Outcome.ANSWERED, List.of()),
                Arguments.of(STRATEGY, 8, "Figures for CE Team & Girls Group", "trafficking)\n\n31", Outcome.ANSWERED, List.of()),
                Arguments.of(STRATEGY, 9, "2022-23 - £325,100", "victim work is undertaken via CYPJS", Outcome.ANSWERED, List.of()));
    }

    @ParameterizedTest(name = "{0} question {1}")
    @MethodSource("answers")
    void every_question_gets_its_own_answer_with_the_provisions_it_cites(String example, int question, String starts,
            String ends, Outcome outcome, List<String> codes) {
        AnswerProposal answer = split(example).answers().get(question);

        assertThat(answer.questionIndex()).isEqualTo(question);
        assertThat(answer.answerText()).startsWith(starts).endsWith(ends);
        assertThat(answer.suggestedOutcome()).isEqualTo(outcome);
        assertThat(answer.citations()).extracting(c -> c.provision().code()).containsExactlyElementsOf(codes);
    }

    @ParameterizedTest
    @ValueSource(strings = {CSE_CCE, MONITORING, STRATEGY})
    void there_is_one_proposal_per_question_in_the_requests_order(String example) {
        assertThat(split(example).answers()).extracting(AnswerProposal::questionIndex)
                .containsExactlyElementsOf(IntStream.range(0, LeicesterExamples.questions(example).size()).boxed().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {CSE_CCE, MONITORING, STRATEGY})
    void no_answer_repeats_a_question(String example) {
        List<String> openings = LeicesterExamples.questions(example).stream()
                .map(q -> q.text().substring(0, Math.min(40, q.text().length()))).toList();

        assertThat(split(example).answers()).allSatisfy(a -> assertThat(openings).noneMatch(a.answerText()::contains));
    }

    static Stream<Arguments> distinctivePhrases() {
        return Stream.of(
                Arguments.of(CSE_CCE, "13 cases identified for CSE", List.of(0, 1)),
                Arguments.of(CSE_CCE, "‘All contacts’ regarding Children’s Social Care", List.of(2)),
                Arguments.of(CSE_CCE, "trawl through each individual social care referral", List.of(3, 4)),
                Arguments.of(CSE_CCE, "Child Exploitation and Missing Team", List.of(5)),
                Arguments.of(CSE_CCE, "If data for the entire period requested is not available", List.of()),
                Arguments.of(CSE_CCE, "Open Government Licence", List.of()),
                Arguments.of(MONITORING, "Local Government Association", List.of()),
                Arguments.of(MONITORING, "Yes via Multi-Agency", List.of(0)),
                Arguments.of(MONITORING, "Rutland", List.of(1)),
                Arguments.of(MONITORING, "\tAsian", List.of(4)),
                Arguments.of(MONITORING, "Pakistani", List.of(5)),
                Arguments.of(MONITORING, "pre-current recording system", List.of(6)),
                Arguments.of(MONITORING, "Information prior to 2015 is not held", List.of(6)),
                Arguments.of(MONITORING, "If you are dissatisfied", List.of()),
                Arguments.of(STRATEGY, "I look forward to your response", List.of()),
                Arguments.of(STRATEGY, "(MACE) Terms of Reference", List.of(0)),
                Arguments.of(STRATEGY, "yearly awareness training", List.of(3)),
                Arguments.of(STRATEGY, "Fortnightly Operational Review Meeting", List.of(5)),
                Arguments.of(STRATEGY, "97 full case audits", List.of(6)),
                Arguments.of(STRATEGY, "Prevention Service - Provided by LA", List.of(7)),
                Arguments.of(STRATEGY, "\n\n90\n\n", List.of(8)),
                Arguments.of(STRATEGY, "£353,200", List.of(9)),
                Arguments.of(STRATEGY, "Information Governance & Risk", List.of()));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("distinctivePhrases")
    void answers_do_not_bleed_into_each_other(String example, String phrase, List<Integer> expected) {
        List<AnswerProposal> answers = split(example).answers();

        assertThat(IntStream.range(0, answers.size()).filter(i -> answers.get(i).answerText().contains(phrase)).boxed())
                .containsExactlyElementsOf(expected);
    }
}
