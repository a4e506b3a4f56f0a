package org.answerable.reply.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.answerable.reply.ReplyProposal;
import org.answerable.reply.ReplySplitter;
import org.answerable.request.ProposedQuestion;
import org.answerable.request.QuestionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * The paste assistant on real replies from many bodies (the replies corpus), each read with its
 * request's questions given. Per case it must not crash, must propose one answer per question and
 * must cite nothing the letter does not; over the corpus its figures must not fall below the
 * floors below, which only ever rise. The report logs each case's figures and every miss.
 */
class ReplyCorpusTest {

    // Floors of the corpus figures (issue 18 targets: 95% placed, 90% outcomes, 95% provisions exact).
    // Measured on the 116 letters: placed 314/380 (83%), outcomes 312/380 (82%), provisions 115/135 (85%).
    // On the 21 letters of the corpus (cases 01-21): placed 57/59, outcomes 59/59, provisions
    // 41/41. Cases 27-117 came in five rounds, each measured blind before any rule was drawn from it
    // (placed 53/94, 48/69, 30/53, 28/48, 15/41); see docs/benchmarks.md.
    private static final double PLACED = 0.82;
    private static final double OUTCOMES = 0.82;
    private static final double PROVISIONS_EXACT = 0.85;

    // Measured: 38 of 116 letters (answers right after their question with no heading, inline
    // answers after the question on the same line, letterheads read as the first question).
    private static final int MAX_LETTERS_LEAKING_ANSWERS = 38;

    private static final Map<String, ReplyProposal> READ = new ConcurrentHashMap<>();

    static List<CorpusCase> cases() {
        return CorpusCase.all();
    }

    static ReplyProposal read(CorpusCase c) {
        return READ.computeIfAbsent(c.name(), n -> new ReplySplitter().split(c.text(), c.givenQuestions(), c.regime()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_reply_gets_one_proposal_per_question_and_no_provision_the_letter_does_not_cite(CorpusCase c) {
        ReplyProposal proposal = read(c);

        assertThat(proposal.answers()).hasSize(c.questions().size());
        CorpusScore score = CorpusScore.of(c, proposal);
        assertThat(score.falseProvisions()).as(String.join("\n", score.misses())).isZero();
    }

    /**
     * "Find questions" on a reply whose request was made elsewhere: the questions it proposes
     * must not carry the authority's answers. 38 letters still leak (see the limit's comment).
     */
    @Test
    void find_questions_on_a_pasted_reply_leaves_the_answers_out() {
        List<String> leaking = new ArrayList<>();
        for (CorpusCase c : cases()) {
            List<ProposedQuestion> found = new QuestionSplitter().split(c.text());
            boolean leaks = found.stream().anyMatch(q -> c.questions().stream().anyMatch(e -> e.answerStarts() != null
                    && spaced(q.text()).contains(spaced(e.answerStarts()))));
            if (leaks) {
                leaking.add(c.name());
            }
        }
        LoggerFactory.getLogger(ReplyCorpusTest.class).info("Find questions: answers' text in the questions of {} of {} letters: {}",
                leaking.size(), cases().size(), leaking);
        assertThat(leaking).hasSizeLessThanOrEqualTo(MAX_LETTERS_LEAKING_ANSWERS);
    }

    private static String spaced(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void the_corpus_figures_stay_above_their_floors() {
        CorpusScore total = CorpusScore.NONE;
        StringBuilder report = new StringBuilder("Replies corpus, questions given:\n");
        for (CorpusCase c : cases()) {
            CorpusScore score = CorpusScore.of(c, read(c));
            report.append(String.format("%-58s %s%n", c.name(), score.summary()));
            total = total.plus(score);
        }
        report.append(String.format("%-58s %s%n", "TOTAL", total.summary()));
        report.append("Misses:\n");
        total.misses().forEach(m -> report.append("  ").append(m).append('\n'));
        LoggerFactory.getLogger(ReplyCorpusTest.class).info("\n{}", report);

        assertThat(total.placed()).as("answers placed right").isGreaterThanOrEqualTo((int) Math.ceil(PLACED * total.questions()));
        assertThat(total.outcomes()).as("outcomes right").isGreaterThanOrEqualTo((int) Math.ceil(OUTCOMES * total.questions()));
        assertThat(total.exact()).as("provisions at the precision written")
                .isGreaterThanOrEqualTo((int) Math.ceil(PROVISIONS_EXACT * total.provisions()));
    }
}
