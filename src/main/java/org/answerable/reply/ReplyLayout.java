package org.answerable.reply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.answerable.reply.LineMarker.Reading;
import org.answerable.reply.LineMarker.Series;

/**
 * The structure of a reply, found before any answer is read: where the request's questions are
 * restated ({@link Restatements}), where labelled answers start ("Answer 1", "Q2.", "Answers 2
 * &amp; 3", "1. a) &amp; b)", a number repeated after the request's list), and where the letter's
 * close begins (review rights, re-use licence, signature). Text between these places is what the
 * splitter aligns to the questions.
 */
final class ReplyLayout {

    enum Kind {
        /** The reply restates or heads a question ("Request 2"): what follows may be its answer. */
        QUESTION,
        /** A label that opens the answer to the questions it names. */
        LABEL
    }

    /**
     * A place in the letter.
     *
     * @param start where the place begins, its heading lines included
     * @param contentFrom where the text after the restated question or the label begins
     */
    record Part(Kind kind, List<Integer> questions, int start, int contentFrom) {}

    // "Request 2" heads a question; the requester's words follow, not the authority's.
    private static final Pattern ASKS = Pattern.compile("(?i)^[\\s\\u00A0>#*_\"“]*(?:request|your\\s+request)\\b");

    private static final int PROSE_LINE = 50;

    private final List<Part> parts;
    private final int closing;

    private ReplyLayout(List<Part> parts, int closing) {
        this.parts = List.copyOf(parts);
        this.closing = closing;
    }

    List<Part> parts() {
        return parts;
    }

    /** Where the letter's close (review rights, licence, signature) begins; the text's length when none. */
    int closing() {
        return closing;
    }

    static ReplyLayout of(ReplyText reply, List<QuestionRef> questions) {
        List<LineMarker> markers = new ArrayList<>();
        for (int line = 0; line < reply.lineCount(); line++) {
            markers.add(LineMarker.of(reply.line(line)));
        }
        List<List<Reading>> readings = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            List<Reading> r = LineMarker.readingsOfLabel(questions.get(q).label());
            // Unlabelled questions are counted 1, 2, 3… only when none is labelled.
            readings.add(r.isEmpty() && allUnlabelled(questions) ? List.of(new Reading(Series.NUMBER, q + 1)) : r);
            parents.add(LineMarker.parentOfLabel(questions.get(q).label()));
        }
        List<Part> parts = new ArrayList<>();
        Set<Integer> questionLines = new HashSet<>();
        Set<Integer> restated = new HashSet<>();
        for (Restatements.Occurrence o : Restatements.find(reply, questions)) {
            int line = reply.lineOf(o.start());
            LineMarker marker = markers.get(line);
            int lineContent = reply.lineStart(line) + (marker == null ? 0 : marker.contentStart());
            // A restatement matched on words that include the line's own label starts inside it.
            boolean opensLine = o.start() <= lineContent || reply.text().substring(lineContent, o.start()).replaceAll("[\\s\\u00A0\"“‘'(]", "").isEmpty();
            int first = opensLine ? headingAbove(reply, markers, line, readings.get(o.question())) : line;
            for (int l = first; l <= reply.lineOf(Math.max(o.start(), o.end() - 1)); l++) {
                questionLines.add(l);
            }
            parts.add(new Part(Kind.QUESTION, List.of(o.question()), opensLine ? reply.lineStart(first) : o.start(), o.end()));
            restated.add(o.question());
        }
        Set<Integer> nested = nestedListLines(reply, markers, questionLines);
        // The number a lone "a)" sits under: the last numbered line above it ("1. Spending …").
        int under = 0;
        for (int line = 0; line < markers.size(); line++) {
            LineMarker m = markers.get(line);
            if (m != null && !m.bullet()) {
                under = m.parent() > 0 ? m.parent() : m.readings().stream().filter(r -> r.series() == Series.NUMBER)
                        .mapToInt(Reading::value).findFirst().orElse(under);
            }
            if (m == null || m.bullet() || m.readings().isEmpty() || questionLines.contains(line) || nested.contains(line)) {
                continue;
            }
            List<Integer> named = new ArrayList<>();
            for (int q = 0; q < questions.size(); q++) {
                if (m.names(readings.get(q), parents.get(q)) && (m.parent() > 0 || parents.get(q) == 0 || uniqueLetter(m, readings, q)
                        || under > 0 && parents.get(q) == under)) {
                    named.add(q);
                }
            }
            if (named.isEmpty()) {
                continue;
            }
            boolean asks = ASKS.matcher(reply.line(line)).find();
            parts.add(new Part(asks ? Kind.QUESTION : Kind.LABEL, List.copyOf(named), reply.lineStart(line),
                    reply.lineStart(line) + m.contentStart()));
        }
        parts.removeAll(tableRows(reply, parts));
        parts.sort(Comparator.comparingInt(Part::start).thenComparing(Part::kind));
        List<Part> kept = labelsAboveTheResponse(reply, repeatedLabels(reply, parts, restated));
        return new ReplyLayout(kept, closingStart(reply, kept));
    }

    /**
     * A question the reply does not restate but numbers twice, as a list and again over the
     * answers: the first of its plain labels is the question, the later ones its answer.
     */
    private static List<Part> repeatedLabels(ReplyText reply, List<Part> parts, Set<Integer> restated) {
        List<Part> kept = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (Part p : parts) {
            List<Part> same = parts.stream().filter(o -> o.kind() == Kind.LABEL && o.questions().equals(p.questions())).toList();
            boolean firstOfMany = p.kind() == Kind.LABEL && !seen.contains(p.questions()) && same.size() > 1
                    && (restated.stream().noneMatch(p.questions()::contains) || responseHeadingBetween(reply, p, same.getLast()));
            seen.add(p.questions());
            kept.add(firstOfMany ? new Part(Kind.QUESTION, p.questions(), p.start(), p.contentFrom()) : p);
        }
        return kept;
    }

    /**
     * "1- How many fires…", "2- Of these…", then "The Service's response –" and unlabelled
     * answers: labels above the heading over the answers number the request, not the answers.
     */
    private static List<Part> labelsAboveTheResponse(ReplyText reply, List<Part> parts) {
        if (parts.isEmpty()) {
            return parts;
        }
        int heading = -1;
        for (int line = reply.lineOf(parts.getFirst().start()) + 1; line < reply.lineCount() && heading < 0; line++) {
            if (ReplyWording.RESPONSE_HEADING.matcher(reply.line(line)).matches()) {
                heading = reply.lineStart(line);
            }
        }
        final int at = heading;
        if (at < 0 || parts.stream().anyMatch(p -> p.kind() == Kind.LABEL && p.start() > at)) {
            return parts;
        }
        return parts.stream().map(p -> p.kind() == Kind.LABEL && p.start() < at
                ? new Part(Kind.QUESTION, p.questions(), p.start(), p.contentFrom()) : p).toList();
    }

    /** A "Response" heading between two uses of a label: the first was the request's. */
    private static boolean responseHeadingBetween(ReplyText reply, Part first, Part later) {
        for (int line = reply.lineOf(first.start()) + 1; line < reply.lineOf(later.start()); line++) {
            if (ReplyWording.RESPONSE_HEADING.matcher(reply.line(line)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Labels followed by nothing but a figure ("1a – 27") that recur for the same question are the
     * rows of a table pasted one row per line (one block of rows per period or place), not answers:
     * the questions share the block they sit in.
     */
    private static List<Part> tableRows(ReplyText reply, List<Part> parts) {
        List<Part> figures = parts.stream().filter(p -> p.kind() == Kind.LABEL && figureOnly(reply, p)).toList();
        return figures.stream()
                .filter(p -> figures.stream().filter(o -> o.questions().equals(p.questions())).count() > 1)
                .toList();
    }

    private static boolean figureOnly(ReplyText reply, Part p) {
        String content = reply.line(reply.lineOf(p.start())).substring(p.contentFrom() - p.start()).strip();
        return !content.isEmpty() && Cell.of(content).isFigure();
    }

    static boolean allUnlabelled(List<QuestionRef> questions) {
        return questions.stream().allMatch(q -> q.label().isBlank());
    }

    /** "b)" alone names question 1b only when no other question is a "b". */
    private static boolean uniqueLetter(LineMarker m, List<List<Reading>> readings, int q) {
        return readings.stream().filter(m::names).count() == 1 && m.names(readings.get(q));
    }

    /** The close starts at the first sign-off line after the last question or label. */
    private static int closingStart(ReplyText reply, List<Part> parts) {
        int from = parts.isEmpty() ? 1 : parts.getLast().contentFrom();
        for (int line = reply.lineOf(Math.min(from, reply.text().length())) + 1; line < reply.lineCount(); line++) {
            if (ReplyWording.SIGN_OFF.matcher(reply.line(line)).find() && !greetedAfter(reply, line) && !requestSignedOff(reply, line)) {
                return reply.lineStart(line);
            }
        }
        return reply.text().length();
    }

    /**
     * "Yours faithfully" under the requester's "please could you provide …", with the authority's
     * prose after it (a WhatDoTheyKnow thread): the request's sign-off, not the letter's close.
     */
    private static boolean requestSignedOff(ReplyText reply, int signOff) {
        boolean asked = false;
        for (int line = Math.max(0, signOff - 8); line < signOff; line++) {
            asked |= ReplyWording.REQUESTER_ASKS.matcher(reply.line(line)).find();
        }
        int prose = 0;
        for (int line = signOff + 1; line < Math.min(reply.lineCount(), signOff + 12); line++) {
            prose += reply.line(line).strip().length() >= PROSE_LINE && !ReplyWording.SIGN_OFF.matcher(reply.line(line)).find() ? 1 : 0;
        }
        return asked && prose >= 2;
    }

    /** "Yours faithfully" and then "Dear …", "Hi …" or "Response": a quoted request e-mail's end, the reply follows. */
    private static boolean greetedAfter(ReplyText reply, int signOff) {
        for (int line = signOff + 1; line < Math.min(reply.lineCount(), signOff + 8); line++) {
            String opening = reply.line(line).strip().toLowerCase(java.util.Locale.ROOT);
            if (opening.matches("(?:dear|hi|hello)\\b.*") || ReplyWording.RESPONSE_HEADING.matcher(reply.line(line)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Moves a question's start up over heading lines ("**Question 3**", "Request 3", "You asked:") above it. */
    private static int headingAbove(ReplyText reply, List<LineMarker> markers, int line, List<Reading> named) {
        int start = line;
        for (int l = line - 1; l >= 0; l--) {
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

    /**
     * Lines of a numbered list inside an answer: one that restarts at 1 after the reply's own
     * labels have passed 1, and its continuation (2, 3…) until a label breaks the sequence. The
     * restated request's numbers do not count: the answers may number themselves again.
     */
    private static Set<Integer> nestedListLines(ReplyText reply, List<LineMarker> markers, Set<Integer> questionLines) {
        Set<Integer> nested = new HashSet<>();
        Map<Series, Integer> lastTop = new EnumMap<>(Series.class);
        Map<Series, Integer> nestedNext = new EnumMap<>(Series.class);
        for (int line = 0; line < markers.size(); line++) {
            LineMarker m = markers.get(line);
            if (m == null && ReplyWording.RESPONSE_HEADING.matcher(reply.line(line)).matches()) {
                // "Response": the answers number themselves again from 1.
                lastTop.clear();
                nestedNext.clear();
                continue;
            }
            if (m != null && (m.parent() > 0 || m.readings().stream().anyMatch(r -> r.series() == Series.NUMBER))) {
                // A new number opens its own "a)", "b)"…: they restart under it, not inside an answer.
                for (Series sub : List.of(Series.LETTER, Series.ROMAN)) {
                    lastTop.remove(sub);
                    nestedNext.remove(sub);
                }
            }
            if (m == null || m.readings().size() != 1 || m.parent() > 0 || m.worded() || questionLines.contains(line)) {
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
}
