package org.answerable.reply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.answerable.authority.Regime;

/**
 * Splits an authority's reply into answers, question by question, for the user to confirm.
 *
 * <p>It reads the letter's structure first ({@link ReplyLayout}: restated questions, answer
 * labels, the close) and then gives each question, in order of strength: the text under a label
 * naming it; the text after its restatement; an outcome the letter states for the whole request
 * before the questions; the sentences that name it ("In relation to question 4"); or the one
 * response that follows a request quoted as a list, shared by the questions it does not tell
 * apart. Whatever is given to no question (the opening, the close, a restated request's
 * continuation) is returned as unmatched text, and the provisions it cites as the letter's own:
 * nothing the authority wrote is dropped except labels and restated questions. The class is
 * stateless and thread-safe.
 */
public final class ReplySplitter {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final Pattern TRAILING_SPACE = Pattern.compile("(?m)[ \\u00A0]+$");

    private final AnswerReader reader = new AnswerReader();
    private final CitationDetector citations = new CitationDetector();

    public ReplyProposal split(String replyText, List<QuestionRef> questions, Regime regime) {
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(regime, "regime");
        ReplyText reply = new ReplyText(replyText == null ? "" : replyText);
        Alignment alignment = new Alignment(reply, ReplyLayout.of(reply, questions), questions);
        alignment.align();
        List<AnswerProposal> proposals = new ArrayList<>();
        List<String> requesters = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            Alignment.Found found = alignment.found(q);
            if (found != null) {
                AnswerText.requestersWords(found.text()).stream().filter(w -> !requesters.contains(w)).forEach(requesters::add);
            }
            List<Citation> summary = new ArrayList<>();
            alignment.mentions(q).forEach(text -> summary.addAll(citations.detect(text, regime)));
            String answer = found == null ? "" : AnswerText.tidy(found.text());
            if (found != null && found.placement() == Placement.RESTATED && !questions.get(q).text().strip().matches("(?s).*[.?!:]$")) {
                answer = AnswerText.withoutQuestionsTail(answer);
            }
            answer = AnswerText.withoutTheQuestionRepeated(answer, questions.get(q).text());
            AnswerProposal read = reader.read(q, answer, regime, found == null ? Placement.NONE : found.placement(), summary);
            proposals.add(withoutTheQuestionsSubject(read, questions.get(q).text(), regime));
        }
        proposals = CrossReferences.resolve(proposals, questions);
        List<String> unmatched = new ArrayList<>();
        List<Citation> letter = new ArrayList<>();
        for (String text : alignment.unmatched()) {
            citations.detect(text, regime).stream().filter(c -> !askedByRequester(text, c)).forEach(letter::add);
            unmatched.addAll(paragraphs(text));
        }
        int close = unmatched.isEmpty() ? 0 : unmatched.size() - alignment.closingParagraphs();
        unmatched.addAll(Math.max(0, close), requesters);
        Map<Provision, Citation> once = new LinkedHashMap<>();
        letter.forEach(c -> once.putIfAbsent(c.provision(), c));
        return new ReplyProposal(proposals, unmatched, List.copyOf(once.values()));
    }

    /**
     * "How many times has Ofcom used section 40?" answered "In the case of section 40, …": a whole
     * section the question itself names is what the answer talks about, not a provision it relies
     * on. A limb ("section 40(2)") is still a citation.
     */
    private AnswerProposal withoutTheQuestionsSubject(AnswerProposal proposal, String question, Regime regime) {
        List<Provision> asked = citations.detect(question, regime).stream().map(Citation::provision).toList();
        List<Citation> kept = proposal.citations().stream()
                .filter(c -> !(asked.contains(c.provision()) && c.provision().code().matches("[A-Z]+-[sr]\\d+[A-Z]?"))).toList();
        return kept.size() == proposal.citations().size() ? proposal : proposal.withCitations(kept);
    }

    /** "… please provide advice under the Section 16 obligations": the requester's citation, not the authority's. */
    private static boolean askedByRequester(String text, Citation c) {
        int from = Math.max(Math.max(text.lastIndexOf(". ", c.start()), text.lastIndexOf('\n', c.start())), 0);
        int dot = text.indexOf(". ", c.start());
        int line = text.indexOf('\n', c.start());
        int to = Math.min(dot < 0 ? text.length() : dot, line < 0 ? text.length() : line);
        return ReplyWording.REQUESTER_ASKS.matcher(text.substring(from, to)).find();
    }

    private static List<String> paragraphs(String text) {
        String spaced = TRAILING_SPACE.matcher(text.replace('\u00A0', ' ')).replaceAll("");
        return PARAGRAPH_BREAK.splitAsStream(spaced).map(String::strip).filter(p -> !carriesNothing(p)).toList();
    }

    /** Punctuation left over from a restated question, or a bare "Response:" heading. */
    private static boolean carriesNothing(String paragraph) {
        return paragraph.lines().allMatch(line -> line.isBlank() || ReplyWording.RESPONSE_HEADING.matcher(line).matches()
                || !line.codePoints().anyMatch(Character::isLetterOrDigit));
    }
}
