package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.answerable.reply.corpus.CorpusCase;
import org.answerable.reply.corpus.CorpusCase.Expected;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Table reading on its own, apart from where the assistant places answers: each answer of the
 * corpus is cut out where its ground truth says it starts (to where the next question or answer
 * starts), and the table reader must find a table where the reply has one, invent none where it
 * has none, and keep every suppression marker as written. The report logs every miss.
 */
class TableCorpusTest {

    // Issue 18 target: >= 90% of the corpus's tables found with every suppressed marker kept. Met on
    // cases 01-26 (15/15); on all 116 letters 35/55 (64%) with every marker kept (7/7): web-page grids
    // flattened one cell per line and rows whose cells wrap are not read yet. The floor only rises.
    private static final double TABLES_FOUND = 0.63;

    /** One answer of a case as its ground truth places it, with the questions it answers. */
    private record Span(String text, List<Expected> questions) {

        boolean expectsTable() {
            return questions.stream().anyMatch(Expected::hasTable);
        }
    }

    @Test
    void the_tables_of_the_corpus_are_found_with_their_markers_and_none_is_invented() {
        int expected = 0;
        int found = 0;
        int invented = 0;
        int markers = 0;
        int markersKept = 0;
        List<String> misses = new ArrayList<>();
        for (CorpusCase c : CorpusCase.all()) {
            List<Span> missed = new ArrayList<>();
            List<Span> extra = new ArrayList<>();
            for (Span span : spans(c)) {
                Optional<DataTable> table = TablePasteParser.parse(span.text());
                List<String> kept = AnswerReader.suppressedMarkers(span.text(), table);
                for (Expected q : span.questions()) {
                    expected += q.hasTable() ? 1 : 0;
                    found += q.hasTable() && table.isPresent() ? 1 : 0;
                    markers += q.suppressedMarkers().size();
                    markersKept += (int) q.suppressedMarkers().stream().filter(kept::contains).count();
                    if (!kept.containsAll(q.suppressedMarkers())) {
                        misses.add(c.name() + " q" + q.label() + ": markers " + kept + ", expected " + q.suppressedMarkers());
                    }
                }
                if (span.expectsTable() && table.isEmpty()) {
                    missed.add(span);
                } else if (!span.expectsTable() && table.isPresent()) {
                    extra.add(span);
                }
            }
            // A table the reply sets after another answer's words (Avon and Somerset announces the tables
            // of answers 2 and 3, then answers 4, then gives them) is found, in the wrong span: where it
            // goes is the splitter's part, scored apart.
            int elsewhere = Math.min(missed.size(), extra.size());
            for (int i = 0; i < missed.size(); i++) {
                String labels = missed.get(i).questions().stream().map(Expected::label).collect(Collectors.joining(", "));
                if (i < elsewhere) {
                    found += (int) missed.get(i).questions().stream().filter(Expected::hasTable).count();
                    misses.add(c.name() + " q" + labels + ": table found after the next answer's words");
                } else {
                    misses.add(c.name() + " q" + labels + ": table not found");
                }
            }
            for (Span span : extra.subList(elsewhere, extra.size())) {
                invented++;
                misses.add(c.name() + " q" + span.questions().getFirst().label() + ": table invented");
            }
        }
        LoggerFactory.getLogger(TableCorpusTest.class).info("Replies corpus, tables on their own: found {}/{}, invented {}, "
                + "suppressed markers kept {}/{}\n  {}", found, expected, invented, markersKept, markers, String.join("\n  ", misses));

        assertThat(found).as(String.join("\n", misses)).isGreaterThanOrEqualTo((int) Math.ceil(TABLES_FOUND * expected));
        assertThat(invented).as(String.join("\n", misses)).isZero();
        assertThat(markersKept).as(String.join("\n", misses)).isEqualTo(markers);
    }

    /** The case's answers, questions that share an answer together, in the order of the ground truth. */
    private static List<Span> spans(CorpusCase c) {
        Map<String, List<Expected>> byAnswer = new LinkedHashMap<>();
        c.questions().stream().filter(q -> q.answerStarts() != null)
                .forEach(q -> byAnswer.computeIfAbsent(q.answerStarts(), a -> new ArrayList<>()).add(q));
        return byAnswer.values().stream().map(qs -> new Span(answerText(c, qs.getFirst()), qs)).toList();
    }

    /** From where the answer starts to where the next question or another answer starts. */
    private static String answerText(CorpusCase c, Expected q) {
        int start = find(c.text(), q.answerStarts(), 0);
        int end = c.text().length();
        for (Expected other : c.questions()) {
            for (String words : Arrays.asList(other.questionStarts(), other.answerStarts())) {
                if (words == null || words.equals(q.answerStarts())) {
                    continue;
                }
                int at = find(c.text(), words, start + 1);
                end = at > start ? Math.min(end, at) : end;
            }
        }
        return c.text().substring(start, end);
    }

    private static int find(String text, String words, int from) {
        String pattern = Arrays.stream(words.strip().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("[\\s\\u00A0]+"));
        Matcher m = Pattern.compile(pattern).matcher(text);
        return m.find(Math.max(0, from)) ? m.start() : -1;
    }
}
