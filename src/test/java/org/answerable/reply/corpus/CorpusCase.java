package org.answerable.reply.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.answerable.authority.Regime;
import org.answerable.reply.Outcome;
import org.answerable.reply.QuestionRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One real reply of {@code src/test/resources/replies-corpus} (see its README for the format) with
 * its hand-made ground truth.
 *
 * @param letterProvisions provisions the letter cites for all of it, in the corpus' form ("FOIA s12(1)")
 */
public record CorpusCase(String name, String text, Regime regime, List<Expected> questions, List<String> letterProvisions) {

    /**
     * What the reply does with one question.
     *
     * @param questionStarts the question's opening as the reply or request gives it, null when unknown
     * @param answerStarts the answer's first words, null when the reply does not answer it
     */
    public record Expected(String label, String questionStarts, String answerStarts, Outcome outcome,
            List<String> provisions, boolean hasTable, List<String> suppressedMarkers) {}

    static final String FOLDER = "/replies-corpus";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Every case of the corpus folder, by file name; {@code -Dcorpus.dir=DIR} measures another
     * folder of cases in the same format (replies the assistant was not developed on).
     */
    public static List<CorpusCase> all() {
        String other = System.getProperty("corpus.dir");
        URL folder = CorpusCase.class.getResource(FOLDER);
        if (folder == null && other == null) {
            throw new IllegalStateException("Missing test resource folder " + FOLDER);
        }
        try (Stream<Path> files = Files.list(other != null ? Path.of(other) : Path.of(folder.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(CorpusCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CorpusCase read(Path json) {
        try {
            String base = json.getFileName().toString().replaceFirst("\\.json$", "");
            String text = Files.readString(json.resolveSibling(base + ".txt"), StandardCharsets.UTF_8);
            JsonNode root = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
            List<Expected> questions = new ArrayList<>();
            for (JsonNode q : root.get("questions")) {
                questions.add(new Expected(q.get("label").asString(), textOrNull(q.get("question_starts")),
                        textOrNull(q.get("answer_starts")), outcome(q.get("outcome").asString()), strings(q.get("provisions")),
                        q.path("has_table").asBoolean(false), strings(q.get("suppressed_markers"))));
            }
            return new CorpusCase(base, text, Regime.valueOf(root.get("regime").asString()), questions,
                    strings(root.get("letter_level_provisions")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The request's questions as a user would have them: the label as numbered (none for an
     * unnumbered ask) and the question's words as the reply restates them, from its opening to
     * the end of its paragraph or of a line ending a sentence, or to where its answer or another
     * question starts.
     */
    public List<QuestionRef> givenQuestions() {
        List<Integer> starts = new ArrayList<>();
        for (Expected q : questions) {
            starts.add(q.questionStarts() == null ? -1 : find(q.questionStarts(), 0));
            starts.add(q.answerStarts() == null ? -1 : find(q.answerStarts(), 0));
        }
        List<QuestionRef> given = new ArrayList<>();
        for (Expected q : questions) {
            String words = "";
            if (q.questionStarts() != null) {
                int start = find(q.questionStarts(), 0);
                int end = paragraphEnd(start);
                for (int other : starts) {
                    end = other > start ? Math.min(end, other) : end;
                }
                words = start < 0 ? q.questionStarts() : withoutTrailingLabels(text.substring(start, end));
            }
            given.add(new QuestionRef(givenLabel(q.label()), words));
        }
        return given;
    }

    /** The next question's label ("2)", "-", "Request 2") or a "Response" heading are not this question's words. */
    private static String withoutTrailingLabels(String question) {
        List<String> lines = new ArrayList<>(List.of(question.strip().split("\n")));
        String last = lines.getLast();
        int cut = last.lastIndexOf(' ', Math.max(0, last.length() - 1));
        while (lines.size() > 1 && lines.getLast().strip().split("\\s+").length <= 3) {
            lines.removeLast();
        }
        String kept = String.join("\n", lines).strip();
        return kept.replaceFirst("[\\s\\u00A0]+(?:\\(?\\d{1,2}[.)]|[-•])$", "").strip() + (cut < -1 ? "" : "");
    }

    /** Where the words occur in the text, spacing aside, or -1. */
    private int find(String words, int from) {
        String pattern = java.util.Arrays.stream(words.strip().split("\\s+")).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("[\\s\\u00A0]+"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        return m.find(from) ? m.start() : -1;
    }

    /** A blank line, or the end of a line that ends a sentence: a question is typed as one item. */
    private int paragraphEnd(int from) {
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("\\n[ \\t\\u00A0]*\\n|(?<=[.?])[ \\t\\u00A0]*\\n").matcher(text);
        return from >= 0 && end.find(from) ? end.start() : text.length();
    }

    /** "2 (first part)" was numbered 2 by the requester; "(unnumbered 2)" was not numbered. */
    static String givenLabel(String label) {
        return label.startsWith("(") ? "" : label.replaceFirst("\\s*\\(.*\\)$", "");
    }

    /** "FOIA s12(1)" as the catalogue codes it: "FOIA-s12(1)". */
    public static String code(String provision) {
        return provision.replace(' ', '-');
    }

    private static Outcome outcome(String written) {
        return switch (written) {
            case "ncnd" -> Outcome.NEITHER_CONFIRM_NOR_DENY;
            default -> Outcome.valueOf(written.toUpperCase(java.util.Locale.ROOT));
        };
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> values.add(n.asString()));
        }
        return List.copyOf(values);
    }
}
