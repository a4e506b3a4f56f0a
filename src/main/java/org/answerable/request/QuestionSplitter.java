package org.answerable.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the questions in the pasted text of a Freedom of Information request.
 *
 * <p>The first label that could open a list ("1.", "a)", "(i)", "Q1:", "Question 1", a bullet, or
 * "You asked:" when a reply repeats it for each question) fixes the top-level scheme; labels of any
 * other scheme are sub-points and stay in their parent's text. Numbers, letters and numerals must
 * follow on (1, 2, 3...), so a stray number or a nested "(1)" is never mistaken for the next
 * question. Text before the first question is preamble and is dropped.
 *
 * <p>Labels are kept as written, minus a trailing ".", ":" or dash: "1." gives "1", "(a)" stays
 * "(a)", "Q1:" gives "Q1". Question text keeps one trimmed line per original line, without blank
 * lines. Pasted from a reply that restates the request, only the restated request is read
 * ({@link RequestInReply}), and an "Answer 2" line under a question ends it. The class is
 * stateless and thread-safe.
 */
public final class QuestionSplitter {

    private enum Kind { NUMBER, LETTER, ROMAN, Q_NUMBER, BULLET, YOU_ASKED }

    /** The decoration is part of the scheme so that "(1)" sub-points under "1." stay separate. */
    private record Scheme(Kind kind, String style) {}

    /** One way of reading a label: "i)" may be the ninth letter or roman one. */
    private record Reading(Scheme scheme, int value) {}

    private record Marker(String label, List<Reading> readings, String rest) {}

    private static final Pattern YOU_ASKED = Pattern.compile("(?i)^you asked\\b\\s*:?\\s*(.*)");
    // A bare "Q1" followed by a number is a quarter ("Q1 2024"), not a question.
    private static final Pattern Q_NUMBER =
            Pattern.compile("(?i)^((q|question|request)\\s*(\\d{1,2})(?:\\s*[.):\\-–—]|(?!\\s+\\d)))(?:\\s+|$)(.*)");
    // Two digits at most: four-digit years such as "2015 -" are data, not labels.
    private static final Pattern NUMBERED =
            Pattern.compile("^((\\(?)(\\d{1,2})(\\)|\\.|:|\\s?[-–—]))(?:\\s+|$)(.*)");
    private static final Pattern LETTERED =
            Pattern.compile("^((\\(?)([A-Za-z]|[ivxIVX]{2,6})([.)]))(?:\\s+|$)(.*)");
    private static final Pattern BULLET = Pattern.compile("^([•◦▪‣·*\\-–—])\\s+(\\S.*)");
    // Replies put the council's answer under each question; it must not be read as question text.
    private static final Pattern ANSWER = Pattern.compile("(?i)^(?:(?:answers?|response|our response|in response|reply)\\s*:.*"
            + "|(?:answers?|response)(?:\\s+\\d{1,2}(?:\\s*(?:&|and|,)\\s*\\d{1,2})*)?\\s*)$");
    private static final String[] ROMAN_UNITS = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};

    /**
     * Splits a request into its questions, in order.
     *
     * @return the questions; a single question labelled "1" when the text has no recognisable
     *     structure; an empty list for blank text
     */
    public List<ProposedQuestion> split(String requestText) {
        List<String> lines = normalisedLines(requestText == null ? "" : RequestInReply.requestPart(requestText));
        if (lines.stream().allMatch(String::isEmpty)) {
            return List.of();
        }
        List<Marker> markers = lines.stream().map(QuestionSplitter::markerOf).toList();
        Scheme scheme = topLevelScheme(markers);
        List<Draft> drafts = scheme == null ? List.of() : collect(lines, markers, scheme);
        if (drafts.isEmpty()) {
            return List.of(new ProposedQuestion("1", String.join("\n", nonBlank(lines))));
        }
        return toQuestions(drafts, scheme);
    }

    private static List<String> normalisedLines(String text) {
        return text.replace("\uFEFF", "").replace("\u200B", "").lines()
                .map(line -> line.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip())
                .toList();
    }

    /** Returns null for a line that does not start with anything label-like. */
    private static Marker markerOf(String line) {
        Matcher m = YOU_ASKED.matcher(line);
        if (m.matches()) {
            return new Marker("", List.of(new Reading(new Scheme(Kind.YOU_ASKED, ""), 0)), m.group(1));
        }
        m = Q_NUMBER.matcher(line);
        if (m.matches()) {
            Scheme scheme = new Scheme(Kind.Q_NUMBER, m.group(2).toLowerCase(Locale.ROOT));
            return marker(m.group(1), List.of(new Reading(scheme, Integer.parseInt(m.group(3)))), m.group(4));
        }
        m = NUMBERED.matcher(line);
        if (m.matches() && bracketsPair(m.group(2), m.group(4))) {
            Scheme scheme = new Scheme(Kind.NUMBER, m.group(2) + "1" + m.group(4).strip().replaceAll("[–—]", "-"));
            return marker(m.group(1), List.of(new Reading(scheme, Integer.parseInt(m.group(3)))), m.group(5));
        }
        m = LETTERED.matcher(line);
        if (m.matches() && bracketsPair(m.group(2), m.group(4))) {
            return marker(m.group(1), letterReadings(m.group(3), m.group(2), m.group(4)), m.group(5));
        }
        m = BULLET.matcher(line);
        if (m.matches()) {
            return new Marker("", List.of(new Reading(new Scheme(Kind.BULLET, m.group(1)), 0)), m.group(2));
        }
        return null;
    }

    private static Marker marker(String written, List<Reading> readings, String rest) {
        String label = written.strip().replaceAll("\\s*[.:\\-–—]$", "");
        return readings.isEmpty() ? null : new Marker(label, readings, rest);
    }

    private static boolean bracketsPair(String open, String close) {
        return open.isEmpty() || close.equals(")");
    }

    private static List<Reading> letterReadings(String token, String open, String close) {
        boolean upper = Character.isUpperCase(token.charAt(0));
        String style = open + (upper ? "A" : "a") + close;
        List<Reading> readings = new ArrayList<>();
        if (token.length() == 1) {
            readings.add(new Reading(new Scheme(Kind.LETTER, style), Character.toLowerCase(token.charAt(0)) - 'a' + 1));
        }
        int roman = romanValue(token);
        if (roman > 0) {
            readings.add(new Reading(new Scheme(Kind.ROMAN, style), roman));
        }
        return readings;
    }

    private static int romanValue(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        boolean oneCase = token.equals(lower) || token.equals(token.toUpperCase(Locale.ROOT));
        for (int value = 1; oneCase && value < 40; value++) {
            if (("x".repeat(value / 10) + ROMAN_UNITS[value % 10]).equals(lower)) {
                return value;
            }
        }
        return 0;
    }

    /**
     * The outermost list is the one that starts first. A single "You asked:" only introduces the
     * restated request, so it defines the questions only when nothing else does.
     */
    private static Scheme topLevelScheme(List<Marker> markers) {
        long youAsked = markers.stream()
                .filter(m -> m != null && m.readings().getFirst().scheme().kind() == Kind.YOU_ASKED)
                .count();
        if (youAsked >= 2) {
            return new Scheme(Kind.YOU_ASKED, "");
        }
        for (Marker marker : markers) {
            for (Reading reading : marker == null ? List.<Reading>of() : marker.readings()) {
                boolean unnumbered = reading.scheme().kind() == Kind.BULLET;
                if (unnumbered || reading.value() == 1) {
                    return reading.scheme();
                }
            }
        }
        return youAsked == 1 ? new Scheme(Kind.YOU_ASKED, "") : null;
    }

    private static List<Draft> collect(List<String> lines, List<Marker> markers, Scheme scheme) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (int i = 0; i < lines.size(); i++) {
            Marker marker = markers.get(i);
            if (marker != null && continues(marker, scheme, drafts.size() + 1)) {
                current = new Draft(marker.label());
                drafts.add(current);
                current.add(marker.rest());
            } else if (current != null && ANSWER.matcher(lines.get(i)).matches()) {
                current.closed = true;
            } else if (current != null) {
                current.add(lines.get(i));
            }
        }
        return drafts;
    }

    private static boolean continues(Marker marker, Scheme scheme, int expected) {
        return marker.readings().stream().anyMatch(r -> r.scheme().equals(scheme)
                && (r.value() == expected || scheme.kind() == Kind.BULLET || scheme.kind() == Kind.YOU_ASKED));
    }

    /**
     * Between two labels everything belongs to the earlier question, but after the last one (and
     * after each "You asked:" question, which the answer follows) a later paragraph is sign-off or
     * answer unless the question announced sub-points with a colon or the paragraph is a sub-point.
     */
    private static List<ProposedQuestion> toQuestions(List<Draft> drafts, Scheme scheme) {
        boolean generatedLabels = scheme.kind() == Kind.BULLET || scheme.kind() == Kind.YOU_ASKED;
        List<ProposedQuestion> questions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            boolean open = i < drafts.size() - 1 && scheme.kind() != Kind.YOU_ASKED;
            String label = generatedLabels ? String.valueOf(i + 1) : draft.label;
            questions.add(new ProposedQuestion(label, String.join("\n", open ? draft.allLines() : draft.ownLines())));
        }
        return questions;
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(line -> !line.isEmpty()).toList();
    }

    /** The lines gathered under one label, grouped into paragraphs. */
    private static final class Draft {
        private final String label;
        private final List<List<String>> paragraphs = new ArrayList<>(List.of(new ArrayList<>()));
        private boolean closed;

        Draft(String label) {
            this.label = label;
        }

        void add(String line) {
            if (closed) {
                return;
            }
            List<String> paragraph = paragraphs.getLast();
            if (!line.isEmpty()) {
                paragraph.add(line);
            } else if (!paragraph.isEmpty()) {
                paragraphs.add(new ArrayList<>());
            }
        }

        List<String> allLines() {
            return paragraphs.stream().flatMap(List::stream).toList();
        }

        List<String> ownLines() {
            List<String> kept = new ArrayList<>(paragraphs.getFirst());
            for (List<String> paragraph : paragraphs.subList(1, paragraphs.size())) {
                boolean announced = !kept.isEmpty() && kept.getLast().endsWith(":");
                if (paragraph.isEmpty() || !(announced || markerOf(paragraph.getFirst()) != null)) {
                    break;
                }
                kept.addAll(paragraph);
            }
            return kept;
        }
    }
}
