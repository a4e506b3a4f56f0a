package org.answerable.reply.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.answerable.reply.AnswerProposal;
import org.answerable.reply.Citation;
import org.answerable.reply.ReplyProposal;
import org.answerable.reply.corpus.CorpusCase.Expected;

/**
 * The assistant's figures on one corpus case, or on several added up, with what it got wrong.
 *
 * <p>An answer is placed right when the proposed text starts with the answer's first words
 * (spacing aside), or is empty where the reply does not answer. A provision is found exactly
 * when its code is proposed for its question (a letter-level one: for the letter or any
 * question), by section when the same section is proposed at another precision. A false
 * provision is one proposed anywhere whose section the letter does not cite at all.
 */
record CorpusScore(int questions, int placed, int outcomes, int provisions, int exact, int bySection, int falseProvisions,
        TableScore tables, List<String> misses) {

    static final CorpusScore NONE = new CorpusScore(0, 0, 0, 0, 0, 0, 0, TableScore.NONE, List.of());

    static CorpusScore of(CorpusCase c, ReplyProposal proposal) {
        List<String> misses = new ArrayList<>();
        int placed = 0;
        int outcomes = 0;
        int provisions = 0;
        int exact = 0;
        int bySection = 0;
        TableScore tables = TableScore.NONE;
        Set<String> letterCodes = codes(proposal.letterCitations());
        for (int q = 0; q < c.questions().size(); q++) {
            Expected expected = c.questions().get(q);
            AnswerProposal answer = proposal.answers().get(q);
            String where = c.name() + " q" + expected.label() + ": ";
            if (placedRight(expected.answerStarts(), answer.answerText())) {
                placed++;
            } else {
                misses.add(where + "answer starts \"" + head(answer.answerText()) + "\", expected \"" + expected.answerStarts() + "\"");
            }
            if (answer.suggestedOutcome() == expected.outcome()) {
                outcomes++;
            } else {
                misses.add(where + "outcome " + answer.suggestedOutcome() + ", expected " + expected.outcome());
            }
            Set<String> proposed = codes(answer.citations());
            for (String p : expected.provisions()) {
                provisions++;
                String code = CorpusCase.code(p);
                exact += proposed.contains(code) ? 1 : 0;
                bySection += sectionIn(code, proposed) ? 1 : 0;
                if (!proposed.contains(code)) {
                    misses.add(where + "provision " + p + " not proposed (proposed " + proposed + ")");
                }
            }
            tables = tables.plus(TableScore.of(expected, answer));
        }
        Set<String> anywhere = new LinkedHashSet<>(letterCodes);
        proposal.answers().forEach(a -> anywhere.addAll(codes(a.citations())));
        for (String p : c.letterProvisions()) {
            provisions++;
            String code = CorpusCase.code(p);
            exact += anywhere.contains(code) ? 1 : 0;
            bySection += sectionIn(code, anywhere) ? 1 : 0;
            if (!anywhere.contains(code)) {
                misses.add(c.name() + " letter: provision " + p + " not proposed (proposed " + anywhere + ")");
            }
        }
        Set<String> cited = new LinkedHashSet<>();
        Stream.concat(c.letterProvisions().stream(), c.questions().stream().flatMap(q -> q.provisions().stream()))
                .map(CorpusCase::code).forEach(cited::add);
        int falseProvisions = 0;
        for (String code : anywhere) {
            if (!sectionIn(code, cited)) {
                falseProvisions++;
                misses.add(c.name() + ": false provision " + code);
            }
        }
        return new CorpusScore(c.questions().size(), placed, outcomes, provisions, exact, bySection, falseProvisions, tables,
                List.copyOf(misses));
    }

    CorpusScore plus(CorpusScore o) {
        List<String> all = new ArrayList<>(misses);
        all.addAll(o.misses);
        return new CorpusScore(questions + o.questions, placed + o.placed, outcomes + o.outcomes, provisions + o.provisions,
                exact + o.exact, bySection + o.bySection, falseProvisions + o.falseProvisions, tables.plus(o.tables), all);
    }

    String summary() {
        return "answers placed " + placed + "/" + questions + ", outcomes " + outcomes + "/" + questions + ", provisions exact "
                + exact + "/" + provisions + " (by section " + bySection + "), false provisions " + falseProvisions + ", "
                + tables.summary();
    }

    static boolean placedRight(String answerStarts, String answerText) {
        String answer = spaced(answerText);
        return answerStarts == null ? answer.isEmpty() : !answer.isEmpty() && answer.startsWith(spaced(answerStarts));
    }

    /** "FOIA-s12(1)" and "FOIA-s12" are the same section. */
    private static boolean sectionIn(String code, Set<String> codes) {
        return codes.stream().anyMatch(other -> section(other).equals(section(code)));
    }

    private static String section(String code) {
        int bracket = code.indexOf('(');
        return bracket < 0 ? code : code.substring(0, bracket);
    }

    private static Set<String> codes(List<Citation> citations) {
        Set<String> codes = new LinkedHashSet<>();
        citations.forEach(c -> codes.add(c.provision().code()));
        return codes;
    }

    private static String spaced(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String head(String text) {
        String s = spaced(text);
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
