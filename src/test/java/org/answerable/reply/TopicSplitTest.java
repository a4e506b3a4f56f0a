package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One answer to several unnumbered asks, shared out by the words each sentence has in common with one ask. */
class TopicSplitTest {

    private static final String BUDGET = "Please send me the exploitation team's budget for 2024.";
    private static final String MEETINGS = "Could you also tell me how often the safeguarding board meets and who chairs it?";
    private static final String FLEET = "I presume the council leases its vehicle fleet?";

    static Stream<Arguments> answersAndTheirShares() {
        return Stream.of(
                Arguments.of("a sentence on one ask's own words goes to it; the rest to the other ask",
                        List.of(BUDGET, MEETINGS),
                        "The safeguarding board meets monthly and is chaired by the director. The team's budget for 2024 was £1.2m.",
                        List.of("The team's budget for 2024 was £1.2m.", "The safeguarding board meets monthly and is chaired by the director.")),
                Arguments.of("an ask nothing in the answer speaks to gets no answer",
                        List.of(BUDGET, MEETINGS, FLEET),
                        "The safeguarding board meets monthly and is chaired by the director. The exploitation team's budget is attached.",
                        List.of("The exploitation team's budget is attached.", "The safeguarding board meets monthly and is chaired by the director.", "")),
                Arguments.of("the letter's thanks are nobody's answer",
                        List.of(BUDGET, MEETINGS),
                        "Thank you for your request of 3 May. The budget for 2024 is attached. The safeguarding board meets monthly, chaired by the director.",
                        List.of("The budget for 2024 is attached.", "The safeguarding board meets monthly, chaired by the director.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersAndTheirShares")
    void each_ask_gets_the_sentences_that_speak_to_it(String why, List<String> asks, String answer, List<String> expected) {
        List<Optional<TopicSplit.Share>> shares = TopicSplit.split(answer, asks).orElseThrow();

        List<String> got = shares.stream().map(s -> s.map(share -> answer.substring(share.from(), share.to()).strip()).orElse(""))
                .toList();
        for (int a = 0; a < asks.size(); a++) {
            assertThat(got.get(a)).as("ask %d", a + 1).startsWith(expected.get(a));
        }
    }

    @Test
    void an_answer_to_all_asks_at_once_stays_shared() {
        assertThat(TopicSplit.split("All of the information you asked for is in the attached spreadsheet.", List.of(BUDGET, MEETINGS)))
                .isEmpty();
    }

    @Test
    void one_ask_is_never_split() {
        assertThat(TopicSplit.split("The budget for 2024 was £1.2m. The board meets monthly.", List.of(BUDGET))).isEmpty();
    }

    @Test
    void words_are_compared_without_plurals_and_with_the_trades_synonyms() {
        assertThat(TopicSplit.words("Searches of emails published on the website")).contains("search", "email", "publish", "online")
                .doesNotContain("the", "of", "on");
    }

    @Test
    void the_splitter_shares_a_conversational_request_among_its_unnumbered_asks() {
        String reply = """
                Information requested:

                %s %s %s

                Our response:

                Thank you for your request. The safeguarding board meets monthly and is chaired by the director of children's services. The exploitation team's budget for 2024 was £1.2m, as published in the council's accounts.
                """.formatted(BUDGET, MEETINGS, FLEET);
        List<QuestionRef> asks = List.of(new QuestionRef("", BUDGET), new QuestionRef("", MEETINGS), new QuestionRef("", FLEET));

        ReplyProposal proposal = new ReplySplitter().split(reply, asks, Regime.FOIA);

        assertThat(proposal.answers().get(0).answerText()).startsWith("The exploitation team's budget for 2024 was £1.2m");
        assertThat(proposal.answers().get(1).answerText()).startsWith("The safeguarding board meets monthly")
                .doesNotContain("£1.2m");
        assertThat(proposal.answers().get(2).answerText()).isEmpty();
        assertThat(proposal.answers().get(2).attention()).contains(Attention.NO_ANSWER_FOUND);
        assertThat(proposal.answers().get(0).attention()).contains(Attention.PLACED_BY_WEAK_RULE);
    }
}
