package org.answerable.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.answerable.reply.LineMarker.Reading;
import org.answerable.reply.LineMarker.Series;

/**
 * Sentences that name the questions they answer: "In relation to questions 2 and 3, …", "…
 * a response to questions 1,2 &amp; 4", "Request number 5", "the first part of your second
 * question". An answer so named starts at that sentence when the sentence opens with the
 * reference or says what it holds "in relation to" them, otherwise at its paragraph, and runs to
 * where another question is named.
 */
final class QuestionReferences {

    /**
     * Where an answer named by reference starts, and the questions it names.
     *
     * @param heads the reference opens a paragraph ("In relation to question 4, …"), as a heading would
     */
    record Reference(int start, List<Integer> questions, boolean heads) {}

    private static final String ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";
    private static final List<String> ORDINALS = List.of(ORDINAL.split("\\|"));
    private static final Pattern NUMBERED = Pattern.compile("(?i)\\b(?:questions?|requests?|items?|points?)\\s*(?:numbers?\\s*|nos?\\.\\s*)?"
            + "(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)\\s*(?=\\(\\d))?\\(?"
            + "(\\d{1,2}(?:\\s*(?:,|and|&|to|-|–)\\s*\\d{1,2})*)(?![\\d/.:]\\d)(?!\\s*(?:hours?|days?|%))"
            // "item 2 at Appendix 1" is a document enclosed, not a question.
            + "(?![\\s\\u00A0]+(?:at|in|of|from)[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?(?:appendix|annex|attachment|enclosure|bundle))");
    private static final Pattern ORDINAL_NAMED = Pattern.compile("(?i)\\b(?:the\\s+(" + ORDINAL + ")\\s+part\\s+of\\s+)?your\\s+("
            + ORDINAL + ")\\s+(?:question|request|point)\\b");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2})|(to|-|–)");
    private static final Pattern OPENS_WITH = Pattern.compile("(?i)^[\\s\\u00A0\"“]*(?:in\\s+(?:relation|regard|respect|response|reply)\\s+to"
            + "|with\\s+(?:regards?|respect|reference)\\s+to|regarding|concerning|as\\s+(?:for|regards|to)|turning\\s+to|for|on|in|to)\\b");
    // "The information we hold in relation to questions 1, 2 and 5 is enclosed": a sentence about the questions.
    private static final Pattern RELATING = Pattern.compile("(?i)\\b(?:in\\s+(?:relation|regard|respect|response)\\s+to"
            + "|with\\s+(?:regards?|respect|reference)\\s+to|regarding|concerning)[\\s\\u00A0]*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=[\\s\\u00A0]+)|\\n[ \\t\\u00A0]*\\n");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final int OPENER_REACH = 60;

    private QuestionReferences() {
    }

    /** The answers named in text[from, to), in order; several names at one start are merged. */
    static List<Reference> find(String text, int from, int to, List<QuestionRef> questions) {
        TreeMap<Integer, List<Integer>> byStart = new TreeMap<>();
        java.util.Set<Integer> heading = new java.util.HashSet<>();
        String region = text.substring(from, to);
        Matcher numbered = NUMBERED.matcher(region);
        while (numbered.find()) {
            add(byStart, heading, region, numbered.start(), byNumbers(numbered.group(1), questions), from);
        }
        Matcher ordinal = ORDINAL_NAMED.matcher(region);
        while (ordinal.find()) {
            int number = ORDINALS.indexOf(ordinal.group(2).toLowerCase(Locale.ROOT)) + 1;
            List<Integer> named = byNumbers(String.valueOf(number), questions);
            if (ordinal.group(1) != null && named.size() > 1) {
                int part = ORDINALS.indexOf(ordinal.group(1).toLowerCase(Locale.ROOT));
                named = part < named.size() ? List.of(named.get(part)) : List.of();
            }
            add(byStart, heading, region, ordinal.start(), named, from);
        }
        List<Reference> references = new ArrayList<>();
        byStart.forEach((start, named) -> references.add(new Reference(start, List.copyOf(named), heading.contains(start))));
        return references;
    }

    private static void add(TreeMap<Integer, List<Integer>> byStart, java.util.Set<Integer> heading, String region, int at,
            List<Integer> named, int offset) {
        if (named.isEmpty()) {
            return;
        }
        int local = answerStart(region, at);
        int start = offset + local;
        if (opensParagraph(region, local) && OPENS_WITH.matcher(region.substring(local, at)).find() && at - local <= OPENER_REACH) {
            heading.add(start);
        }
        List<Integer> list = byStart.computeIfAbsent(start, s -> new ArrayList<>());
        named.stream().filter(q -> !list.contains(q)).forEach(list::add);
    }

    /** The sentence when it opens with the reference ("In relation to question 4, …"), else the paragraph. */
    private static int answerStart(String region, int at) {
        int sentence = 0;
        Matcher end = SENTENCE_END.matcher(region);
        while (end.find() && end.end() <= at) {
            sentence = end.end();
        }
        int line = region.lastIndexOf('\n', at - 1) + 1;
        if (line > sentence && at - line <= OPENER_REACH && OPENS_WITH.matcher(region.substring(line, at)).find()) {
            return skipSpace(region, line);
        }
        String opening = region.substring(sentence, at);
        if (at - sentence <= OPENER_REACH && (OPENS_WITH.matcher(opening).find() || RELATING.matcher(opening).find())) {
            return skipSpace(region, sentence);
        }
        int paragraph = 0;
        Matcher blank = PARAGRAPH_BREAK.matcher(region);
        while (blank.find() && blank.end() <= at) {
            paragraph = blank.end();
        }
        return skipSpace(region, paragraph);
    }

    private static boolean opensParagraph(String region, int at) {
        int i = at - 1;
        while (i >= 0 && (region.charAt(i) == ' ' || region.charAt(i) == '\t' || region.charAt(i) == '\u00A0')) {
            i--;
        }
        return i < 0 || region.charAt(i) == '\n';
    }

    private static int skipSpace(String region, int at) {
        int i = at;
        while (i < region.length() && Character.isWhitespace(region.charAt(i)) || i < region.length() && region.charAt(i) == '\u00A0') {
            i++;
        }
        return i;
    }

    /** "2 and 3", "4-6": the questions whose labels carry these numbers, in the request's order. */
    private static List<Integer> byNumbers(String list, List<QuestionRef> questions) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(list);
        boolean range = false;
        while (m.find()) {
            if (m.group(2) != null) {
                range = true;
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            if (range && !numbers.isEmpty()) {
                for (int v = numbers.getLast() + 1; v < n; v++) {
                    numbers.add(v);
                }
            }
            numbers.add(n);
            range = false;
        }
        List<Integer> named = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            List<Reading> readings = LineMarker.readingsOfLabel(questions.get(q).label());
            int parent = LineMarker.parentOfLabel(questions.get(q).label());
            int number = parent > 0 ? parent : readings.stream().filter(r -> r.series() == Series.NUMBER).mapToInt(Reading::value)
                    .findFirst().orElse(questions.get(q).label().isBlank() && ReplyLayout.allUnlabelled(questions) ? q + 1 : -1);
            if (numbers.contains(number)) {
                named.add(q);
            }
        }
        return named;
    }
}
