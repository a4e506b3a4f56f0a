package org.answerable.reply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.answerable.reply.LineMarker.Reading;
import org.answerable.reply.LineMarker.Series;

/**
 * Finds where each question's answer starts in a reply. The best evidence is the question's own
 * words: councils restate each question before answering it, in any order. Where a question is
 * not restated, its label ("3.", "Q3", "c)", "Questions 4 and 5") is used: a label found once is
 * taken wherever it is, so answers may come in any order; otherwise the one between its
 * neighbours' answers, skipping a numbered list inside an answer (one that restarts at 1).
 * Bullets count only when there is one per question left.
 */
final class QuestionAnchors {

    /**
     * Where one or more questions' answers start.
     *
     * @param startLine first line of the answer's block, its heading included
     * @param contentFrom offset where the restated question or the answer begins, after the label
     * @param restated found by the question's words, which precede the answer
     */
    record Anchor(int startLine, int contentFrom, List<Integer> questions, boolean restated) {}

    private record Candidate(int question, int line, double score) {}

    private static final int WINDOW = 40;
    private static final double TEXT_MATCH = 0.6;

    private QuestionAnchors() {
    }

    static List<Anchor> find(ReplyText reply, List<QuestionRef> questions) {
        List<LineMarker> markers = new ArrayList<>();
        for (int line = 0; line < reply.lineCount(); line++) {
            markers.add(LineMarker.of(reply.line(line)));
        }
        List<List<Reading>> readings = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            List<Reading> r = LineMarker.readingsOfLabel(questions.get(q).label());
            readings.add(r.isEmpty() ? List.of(new Reading(Series.NUMBER, q + 1)) : r);
        }
        Map<Integer, Integer> lineOf = new TreeMap<>();
        Set<Integer> restated = new HashSet<>();
        byWords(reply, questions, markers, readings, lineOf);
        restated.addAll(lineOf.keySet());
        byLabels(markers, readings, lineOf);
        byBullets(markers, questions.size(), lineOf);
        Map<Integer, List<Integer>> questionsAt = new TreeMap<>();
        lineOf.forEach((q, line) -> questionsAt.computeIfAbsent(line, l -> new ArrayList<>()).add(q));
        List<Anchor> anchors = new ArrayList<>();
        int previous = -1;
        for (Map.Entry<Integer, List<Integer>> at : questionsAt.entrySet()) {
            int line = at.getKey();
            LineMarker marker = markers.get(line);
            int contentFrom = reply.lineStart(line) + (marker == null ? 0 : marker.contentStart());
            List<Reading> named = at.getValue().stream().flatMap(q -> readings.get(q).stream()).toList();
            int start = headingAbove(reply, markers, line, previous, named);
            anchors.add(new Anchor(start, contentFrom, at.getValue(), restated.containsAll(at.getValue())));
            previous = line;
        }
        return anchors;
    }

    private static void byWords(ReplyText reply, List<QuestionRef> questions, List<LineMarker> markers,
            List<List<Reading>> readings, Map<Integer, Integer> lineOf) {
        List<List<String>> questionWords = questions.stream().map(q -> ReplyText.wordTexts(q.text())).toList();
        List<ReplyText.Word> words = reply.words();
        List<Candidate> candidates = new ArrayList<>();
        for (int line = 0; line < reply.lineCount(); line++) {
            LineMarker marker = markers.get(line);
            int from = reply.firstWordFrom(reply.lineStart(line) + (marker == null ? 0 : marker.contentStart()));
            if (from >= words.size() || words.get(from).start() >= reply.lineEnd(line)) {
                continue;
            }
            for (int q = 0; q < questions.size(); q++) {
                List<String> question = questionWords.get(q);
                int window = Math.min(question.size(), WINDOW);
                if (window == 0) {
                    continue;
                }
                Restatement r = Restatement.align(question, window, words, from, Math.min(words.size(), from + window + 20));
                boolean starts = r.matched() > 0 && r.firstQuestionWord() <= 2 && r.firstReplyWord() - from <= 2
                        && words.get(r.firstReplyWord()).start() < reply.lineEnd(line);
                boolean enough = window < 4 ? r.matched() == window : r.matched() >= TEXT_MATCH * window;
                if (starts && enough) {
                    double labelled = marker != null && marker.names(readings.get(q)) ? 0.05 : 0;
                    candidates.add(new Candidate(q, line, (double) r.matched() / window + labelled));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::line));
        Set<Integer> usedLines = new HashSet<>();
        for (Candidate c : candidates) {
            if (!lineOf.containsKey(c.question()) && !usedLines.contains(c.line())) {
                lineOf.put(c.question(), c.line());
                usedLines.add(c.line());
            }
        }
    }

    private static void byLabels(List<LineMarker> markers, List<List<Reading>> readings, Map<Integer, Integer> lineOf) {
        Set<Integer> taken = new HashSet<>(lineOf.values());
        Set<Integer> nested = nestedListLines(markers);
        for (int q = 0; q < readings.size(); q++) {
            if (lineOf.containsKey(q)) {
                continue;
            }
            List<Integer> candidates = new ArrayList<>();
            for (int line = 0; line < markers.size(); line++) {
                LineMarker m = markers.get(line);
                if (m != null && !m.bullet() && m.names(readings.get(q)) && !taken.contains(line)) {
                    candidates.add(line);
                }
            }
            int after = neighbour(lineOf, q, readings.size(), -1);
            int before = neighbour(lineOf, q, readings.size(), +1);
            if (candidates.stream().anyMatch(l -> !nested.contains(l))) {
                candidates.removeIf(nested::contains);
            }
            Integer pick = candidates.stream().filter(l -> l > after && l < before).findFirst()
                    .orElse(candidates.size() == 1 ? candidates.getFirst()
                            : candidates.stream().filter(l -> l > after).findFirst().orElse(null));
            if (pick != null) {
                lineOf.put(q, pick);
                if (markers.get(pick).readings().stream().map(Reading::value).distinct().count() < 2) {
                    taken.add(pick);
                }
            }
        }
    }

    /**
     * Lines of a numbered list inside an answer: one that restarts at 1 after the reply's own
     * labels have passed 1, and its continuation (2, 3…) until a label breaks the sequence.
     */
    private static Set<Integer> nestedListLines(List<LineMarker> markers) {
        Set<Integer> nested = new HashSet<>();
        Map<Series, Integer> lastTop = new EnumMap<>(Series.class);
        Map<Series, Integer> nestedNext = new EnumMap<>(Series.class);
        for (int line = 0; line < markers.size(); line++) {
            LineMarker m = markers.get(line);
            if (m == null || m.readings().size() != 1) {
                continue;
            }
            Series series = m.readings().getFirst().series();
            int value = m.readings().getFirst().value();
            if (nestedNext.containsKey(series) && value == nestedNext.get(series)) {
                nested.add(line);
                nestedNext.put(series, value + 1);
            } else if (value == 1 && lastTop.containsKey(series)) {
                nested.add(line);
                nestedNext.put(series, 2);
            } else {
                lastTop.put(series, value);
                nestedNext.remove(series);
            }
        }
        return nested;
    }

    /** The line of the nearest anchored question before (-1) or after (+1) this one. */
    private static int neighbour(Map<Integer, Integer> lineOf, int q, int count, int direction) {
        for (int other = q + direction; other >= 0 && other < count; other += direction) {
            if (lineOf.containsKey(other)) {
                return lineOf.get(other);
            }
        }
        return direction < 0 ? -1 : Integer.MAX_VALUE;
    }

    private static void byBullets(List<LineMarker> markers, int questionCount, Map<Integer, Integer> lineOf) {
        List<Integer> missing = new ArrayList<>();
        for (int q = 0; q < questionCount; q++) {
            if (!lineOf.containsKey(q)) {
                missing.add(q);
            }
        }
        List<Integer> bullets = new ArrayList<>();
        for (int line = 0; line < markers.size(); line++) {
            if (markers.get(line) != null && markers.get(line).bullet() && !lineOf.containsValue(line)) {
                bullets.add(line);
            }
        }
        if (!missing.isEmpty() && bullets.size() == missing.size()) {
            for (int i = 0; i < missing.size(); i++) {
                lineOf.put(missing.get(i), bullets.get(i));
            }
        }
    }

    /** Moves an answer's start up over heading lines ("**Question 3**", "You asked:") above it. */
    private static int headingAbove(ReplyText reply, List<LineMarker> markers, int line, int previousAnchor,
            List<Reading> named) {
        int start = line;
        for (int l = line - 1; l > previousAnchor; l--) {
            if (reply.isBlank(l)) {
                continue;
            }
            LineMarker m = markers.get(l);
            if (m == null || !m.headingOnly() || m.bullet() || !(m.readings().isEmpty() || m.names(named))) {
                break;
            }
            start = l;
        }
        return start;
    }
}
