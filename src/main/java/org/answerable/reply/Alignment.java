package org.answerable.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.answerable.reply.ReplyLayout.Kind;
import org.answerable.reply.ReplyLayout.Part;

/**
 * Gives each question its stretch of the reply, from the layout's parts, strongest evidence
 * first (see {@link ReplySplitter}), and keeps what no question takes.
 */
final class Alignment {

    record Found(String text, Placement placement) {}

    private record Span(int from, int to) {
        boolean isBlank(String text) {
            return from >= to || text.substring(from, to).replace('\u00A0', ' ').isBlank();
        }

        /**
         * Nothing of the authority's between two restated questions: punctuation, the next
         * label, a numbered heading over sub-questions, or more of the requester's words.
         */
        boolean carriesNothing(String text) {
            if (isBlank(text)) {
                return true;
            }
            String between = text.substring(from, to);
            // A restatement matched on the question's first words leaves the rest of its line:
            // still the requester's words when it ends no sentence.
            if (from > 0 && text.charAt(from - 1) != '\n') {
                between = between.replaceFirst("^[^\\n.?!:]*(?=\\n|$)", "");
            }
            between = between.replaceFirst("^[\\s\\u00A0\\p{Punct}’”]+", "").strip();
            // "C" alone on its line heads the next group of questions; a link alone is the request's.
            return LABELS_ONLY.matcher(between).matches() || SECTION_HEADING.matcher(between).matches() || between.matches("[A-Za-z]|(?:https?://|www\\.)\\S+")
                    || ReplyWording.REQUESTER_VOICE.matcher(between).lookingAt() || LIST_LEAD_IN.matcher(between).matches();
        }
    }

    private static final Pattern LABELS_ONLY = Pattern.compile("(?:[\\s\\u00A0\\p{Punct}’”“–—•]|\\(?\\d{1,2}[a-z]?[.)]|\\(?[a-zA-Z][.)])*");
    // "If it does, could you please answer the following questions:-": the request's lead-in to its list.
    private static final Pattern LIST_LEAD_IN = Pattern.compile("(?is)[^\\n]{0,200}\\b(?:could\\s+you|can\\s+you|please|I\\s+would\\s+like)\\b"
            + "[^\\n]{0,200}:-?");
    private static final Pattern SECTION_HEADING = Pattern.compile("\\d{1,2}[a-z]?[.)][ \\u00A0]+[^\\n.?!:]{3,80}");

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final int HEADER_LINE = 80;

    private final ReplyText reply;
    private final AnswerBounds bounds;
    private final String text;
    private final List<Part> parts;
    private final int closing;
    private final List<QuestionRef> questions;
    private final Found[] found;
    private final List<List<String>> mentions = new ArrayList<>();
    private final List<Span> unmatched = new ArrayList<>();
    /** Passages cut off an answer because they name other questions, read after the structural answers. */
    private final List<Span> later = new ArrayList<>();

    Alignment(ReplyText reply, ReplyLayout layout, List<QuestionRef> questions) {
        this.reply = reply;
        this.bounds = new AnswerBounds(reply);
        this.text = reply.text();
        this.parts = layout.parts();
        this.closing = layout.closing();
        this.questions = questions;
        this.found = new Found[questions.size()];
        questions.forEach(q -> mentions.add(new ArrayList<>()));
    }

    Found found(int question) {
        return found[question];
    }

    /** Other passages naming the question (a summary before the answers): their provisions count for it. */
    List<String> mentions(int question) {
        return mentions.get(question);
    }

    /** How many of the last unmatched paragraphs are the letter's close. */
    int closingParagraphs() {
        String close = text.substring(closing);
        return (int) BLANK_LINE.splitAsStream(close).filter(p -> !p.isBlank()).count();
    }

    /** Text given to no question, in the letter's order: opening, unassigned passages, close. */
    List<String> unmatched() {
        return unmatched.stream().sorted((a, b) -> Integer.compare(a.from(), b.from())).filter(s -> !s.isBlank(text))
                .map(s -> text.substring(s.from(), s.to())).toList();
    }

    void align() {
        Span preamble = new Span(0, parts.isEmpty() ? closing : Math.min(parts.getFirst().start(), closing));
        List<Span> responses = new ArrayList<>();
        List<List<Integer>> responseQuestions = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).kind() == Kind.LABEL) {
                give(parts.get(i).questions(), untilAnotherIsNamed(segment(i), parts.get(i).questions()), Placement.LABELLED);
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Span segment = segment(i);
            if (parts.get(i).kind() == Kind.LABEL) {
                continue;
            }
            int first = blockStart(i);
            Span answer = new Span(bounds.afterClosingQuote(parts.get(first).start(), bounds.afterResponseHeading(segment.from(), segment.to()),
                    segment.to()), segment.to());
            if (i + 1 < parts.size() && parts.get(i + 1).kind() == Kind.QUESTION && (answer.carriesNothing(text) || onlyAsked(answer, i))) {
                continue;
            }
            List<Integer> block = new ArrayList<>();
            for (int b = first; b <= i; b++) {
                parts.get(b).questions().stream().filter(q -> !block.contains(q)).forEach(block::add);
            }
            if (restatedLater(block, i)) {
                unmatched.add(segment);
            } else if (block.size() == 1) {
                unmatched.add(new Span(segment.from(), answer.from()));
                give(block, untilAnotherIsNamed(answer, block), Placement.RESTATED);
            } else {
                unmatched.add(new Span(segment.from(), answer.from()));
                responses.add(answer);
                responseQuestions.add(block);
            }
        }
        boolean wholeLetter = !parts.isEmpty() && ReplyWording.WHOLE_LETTER.matcher(text.substring(preamble.from(), preamble.to())).find()
                && QuestionReferences.find(text, preamble.from(), preamble.to(), questions).isEmpty();
        if (wholeLetter) {
            Span outcome = new Span(wholeLetterStart(preamble), preamble.to());
            unmatched.add(new Span(preamble.from(), outcome.from()));
            give(allQuestions(), outcome, Placement.WHOLE_LETTER);
        } else if (parts.isEmpty()) {
            Span letter = new Span(bounds.afterSalutation(preamble.from(), preamble.to()), preamble.to());
            unmatched.add(new Span(preamble.from(), letter.from()));
            respond(letter, allQuestions(), questions.size() == 1 ? Placement.WHOLE_TEXT : null);
        } else {
            respond(preamble, List.of(), null);
        }
        later.forEach(passage -> respond(passage, List.of(), null));
        for (int r = 0; r < responses.size(); r++) {
            respond(responses.get(r), responseQuestions.get(r), Placement.SHARED_RESPONSE);
        }
        unmatched.add(new Span(closing, text.length()));
        shareWithUnplacedAsks();
    }

    /**
     * An unnumbered ask the letter neither restates nor names ("Under the Act, please could you
     * provide …" inside a sentence) shares the answer of the unnumbered ask after it: a
     * conversational request is answered as a whole unless the letter tells its asks apart.
     */
    private void shareWithUnplacedAsks() {
        for (int q = questions.size() - 2; q >= 0; q--) {
            Found next = found[q + 1];
            if (found[q] == null && questions.get(q).label().isBlank() && questions.get(q + 1).label().isBlank() && next != null
                    && (next.placement() == Placement.RESTATED || next.placement() == Placement.SHARED_RESPONSE)) {
                found[q] = new Found(next.text(), Placement.SHARED_RESPONSE);
            }
        }
    }

    /**
     * A passage after the request or before it: split where it names questions; otherwise it is
     * the shared answer of the given questions (if any) or letter text.
     */
    private void respond(Span region, List<Integer> sharedBy, Placement shared) {
        List<QuestionReferences.Reference> refs = QuestionReferences.find(text, region.from(), region.to(), questions);
        if (refs.isEmpty()) {
            // Numbered questions sharing one response are answered together; unnumbered asks
            // run into each other in the request and the answer alike.
            List<Integer> open = sharedBy.stream().filter(q -> found[q] == null && questions.get(q).label().isBlank()).toList();
            if (open.size() > 1 && open.size() == sharedBy.size() && splitByOwnWords(region, open)) {
                return;
            }
            if (shared != null && !sharedBy.isEmpty() && sharedBy.stream().anyMatch(q -> found[q] == null)) {
                give(sharedBy, region, shared);
            } else {
                unmatched.add(region);
            }
            return;
        }
        unmatched.add(new Span(region.from(), refs.getFirst().start()));
        List<Span> spans = new ArrayList<>();
        for (int r = 0; r < refs.size(); r++) {
            spans.add(new Span(refs.get(r).start(), r + 1 < refs.size() ? refs.get(r + 1).start() : region.to()));
        }
        Span tail = tailOfLastSentence(refs.getLast(), spans.getLast());
        int tailOwner = tail == null ? refs.size() - 1 : closestInWords(tail, spans);
        if (tailOwner != refs.size() - 1) {
            spans.set(spans.size() - 1, new Span(spans.getLast().from(), tail.from()));
        }
        for (int r = 0; r < refs.size(); r++) {
            Span named = spans.get(r);
            String words = text.substring(named.from(), named.to()) + (r == tailOwner && tail != null && r != refs.size() - 1
                    ? "\n\n" + text.substring(tail.from(), tail.to()) : "");
            boolean used = false;
            for (int q : refs.get(r).questions()) {
                if (found[q] == null) {
                    found[q] = new Found(words, Placement.REFERENCED);
                    used = true;
                } else {
                    mentions.get(q).add(words);
                }
            }
            if (!used) {
                unmatched.add(named);
            }
        }
    }

    /**
     * The paragraphs after a reference made inside a sentence ("We also do not hold any information
     * in relation to question 4."), when the reference is not a heading: they may continue another
     * question named before it. Null when there are none.
     */
    private Span tailOfLastSentence(QuestionReferences.Reference last, Span span) {
        if (last.heads()) {
            return null;
        }
        Matcher blank = BLANK_LINE.matcher(text);
        blank.region(last.start(), span.to());
        return blank.find() && !new Span(blank.end(), span.to()).isBlank(text) ? new Span(blank.end(), span.to()) : null;
    }

    /**
     * Which named answer the tail speaks of most ("Some of the information at Appendix 1 has been
     * withheld" after "the information we hold in relation to questions 1, 2, 3 and 5 is enclosed
     * (Appendix 1)"): the last one unless an earlier one shares more of its words.
     */
    private int closestInWords(Span tail, List<Span> spans) {
        java.util.Set<String> tailWords = TopicSplit.words(text.substring(tail.from(), tail.to()));
        int best = spans.size() - 1;
        long bestShared = TopicSplit.words(text.substring(spans.getLast().from(), tail.from())).stream().filter(tailWords::contains).count();
        for (int r = 0; r < spans.size() - 1; r++) {
            long shared = TopicSplit.words(text.substring(spans.get(r).from(), spans.get(r).to())).stream().filter(tailWords::contains).count();
            if (shared > bestShared) {
                best = r;
                bestShared = shared;
            }
        }
        return best;
    }

    /**
     * One answer to several asks it does not number: each ask gets the sentences that share its
     * own words, the rest goes to the asks it speaks to (see {@link TopicSplit}). Text no ask
     * gets stays the letter's.
     */
    private boolean splitByOwnWords(Span region, List<Integer> asks) {
        Optional<List<Optional<TopicSplit.Share>>> split = TopicSplit.split(text.substring(region.from(), region.to()),
                asks.stream().map(q -> questions.get(q).text()).toList());
        if (split.isEmpty()) {
            return false;
        }
        boolean[] given = new boolean[region.to() - region.from()];
        for (int a = 0; a < asks.size(); a++) {
            Optional<TopicSplit.Share> share = split.get().get(a);
            if (share.isPresent()) {
                found[asks.get(a)] = new Found(text.substring(region.from() + share.get().from(), region.from() + share.get().to()),
                        Placement.OWN_WORDS);
                java.util.Arrays.fill(given, share.get().from(), share.get().to(), true);
            }
        }
        int from = 0;
        for (int i = 0; i <= given.length; i++) {
            if (i == given.length || given[i]) {
                unmatched.add(new Span(region.from() + from, region.from() + i));
                from = i + 1;
            }
        }
        return true;
    }

    /**
     * An answer ends where a paragraph opens by naming another question ("In relation to question
     * 4, …"); the rest is read as answers named by reference.
     */
    private Span untilAnotherIsNamed(Span answer, List<Integer> own) {
        for (QuestionReferences.Reference ref : QuestionReferences.find(text, answer.from(), answer.to(), questions)) {
            if (ref.heads() && ref.start() > answer.from() && ref.questions().stream().noneMatch(own::contains)) {
                later.add(new Span(ref.start(), answer.to()));
                return new Span(answer.from(), ref.start());
            }
        }
        return answer;
    }

    private void give(List<Integer> to, Span given, Placement placement) {
        int answerFrom = bounds.afterRegimeNote(given.from(), given.to());
        unmatched.add(new Span(given.from(), answerFrom));
        Span span = new Span(answerFrom, given.to());
        if (placement == Placement.LABELLED && giveItemByItem(to, span)) {
            return;
        }
        boolean used = false;
        for (int q : to) {
            if (found[q] == null && !span.isBlank(text)) {
                found[q] = new Found(text.substring(span.from(), span.to()), placement);
                used = true;
            }
        }
        if (!used) {
            unmatched.add(span);
        }
    }

    /**
     * Sub-asks under one number ("2. … please provide: • the total … • the number …") answered
     * under that number by as many bullets or list items, in the same order: item by item.
     */
    private boolean giveItemByItem(List<Integer> to, Span span) {
        if (to.size() < 2 || to.stream().anyMatch(q -> found[q] != null)
                || to.stream().map(q -> questions.get(q).label()).distinct().count() != 1) {
            return false;
        }
        List<Integer> itemStarts = new ArrayList<>();
        for (int l = reply.lineOf(span.from()); l < reply.lineCount() && reply.lineStart(l) < span.to(); l++) {
            LineMarker marker = LineMarker.of(reply.line(l));
            if (marker != null && reply.lineStart(l) >= span.from()) {
                itemStarts.add(reply.lineStart(l) + marker.contentStart());
            }
        }
        if (itemStarts.size() != to.size()) {
            return false;
        }
        unmatched.add(new Span(span.from(), reply.lineStart(reply.lineOf(itemStarts.getFirst()))));
        for (int i = 0; i < to.size(); i++) {
            int end = i + 1 < itemStarts.size() ? reply.lineStart(reply.lineOf(itemStarts.get(i + 1))) : span.to();
            found[to.get(i)] = new Found(text.substring(itemStarts.get(i), end), Placement.LABELLED);
        }
        return true;
    }

    /** From the part's content to the next part, or to the close. */
    private Span segment(int i) {
        int from = Math.min(parts.get(i).contentFrom(), closing);
        int to = i + 1 < parts.size() ? Math.min(parts.get(i + 1).start(), closing) : closing;
        return new Span(from, Math.max(from, to));
    }

    /** The rest of a question the restatement did not take (a wrapped line): the requester's words. */
    private boolean onlyAsked(Span between, int part) {
        String words = text.substring(between.from(), between.to());
        return !words.isBlank() && parts.get(part).questions().stream()
                .anyMatch(q -> AnswerText.withoutTheQuestionRepeated(words, questions.get(q).text()).isBlank());
    }

    /** The first of the questions restated one after another with nothing between them. */
    private int blockStart(int i) {
        int first = i;
        while (first > 0 && parts.get(first - 1).kind() == Kind.QUESTION
                && (segment(first - 1).carriesNothing(text) || onlyAsked(segment(first - 1), first - 1))) {
            first--;
        }
        return first;
    }

    private boolean restatedLater(List<Integer> block, int i) {
        return parts.subList(i + 1, parts.size()).stream()
                .anyMatch(p -> p.kind() == Kind.QUESTION && p.questions().stream().anyMatch(block::contains));
    }

    /** The paragraph stating the whole-letter outcome, without header lines ("Subject: …") above it. */
    private int wholeLetterStart(Span preamble) {
        Matcher outcome = ReplyWording.WHOLE_LETTER.matcher(text);
        outcome.region(preamble.from(), preamble.to()).find();
        int start = preamble.from();
        Matcher blank = BLANK_LINE.matcher(text);
        blank.region(preamble.from(), outcome.start());
        while (blank.find()) {
            start = blank.end();
        }
        int line = reply.lineOf(start);
        while (line < reply.lineOf(outcome.start()) && isHeaderLine(reply.line(line))) {
            line++;
        }
        return Math.max(start, reply.lineStart(line));
    }

    private static boolean isHeaderLine(String line) {
        String s = line.strip();
        return s.isEmpty() || s.length() < HEADER_LINE && !s.matches(".*[.!?]$");
    }

    private List<Integer> allQuestions() {
        List<Integer> all = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            all.add(q);
        }
        return all;
    }
}
