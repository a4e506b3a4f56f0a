package org.answerable.reply;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.answerable.authority.Regime;

/** Reads one answer's text: its citations, table, suppression markers, cost and outcome. */
final class AnswerReader {

    // "c = number under 5 and suppressed", "* denotes fewer than 5": a key to a table's markers.
    private static final Pattern MARKER_KEY = Pattern.compile("(?im)^[\\s\\u00A0]*(\\*{1,3}|†|\\[?[cx]\\]?|<\\s?\\d{1,2})\\s*"
            + "(?:=|:|-|–|denotes|means|indicates|represents)\\s*[^\\n]*?(?:suppress|fewer|less\\s+than|under\\s+\\d|small\\s+numbers?"
            + "|redact|withh|identif)[^\\n]*");
    private static final Pattern INLINE_MARKER = Pattern.compile("(?i)(?<![\\w<])(?:<|≤|<=)\\s?\\d{1,2}(?!\\d)"
            + "|\\b(?:fewer|less)\\s+than\\s+(?:\\d{1,2}|five|ten)\\b(?!\\s*(?:%|per\\s*cent))");
    // "Fewer than 10" is a suppressed count only where the answer says why it is given so.
    private static final Pattern WHY_SUPPRESSED = Pattern.compile("(?i)suppress|withh[oe]ld|identif|redact|small\\s+numbers?"
            + "|section\\s+40|s\\.?\\s?40|regulation\\s+13|section\\s+38");
    private static final Pattern HOURS = Pattern.compile("(?i)\\b\\d[\\d,]*(?:\\.\\d+)?\\s*(?:hours?|hrs?)\\b");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s<>\"“”]+");
    // Fewer words than this, with no stock phrase or provision, leave the outcome a guess.
    private static final int LITTLE_TEXT = 4;
    private static final Pattern POUNDS = Pattern.compile("£\\s?\\d[\\d,]*(?:\\.\\d{2})?");

    private final CitationDetector citations = new CitationDetector();

    AnswerProposal read(int questionIndex, String answer, Regime regime) {
        return read(questionIndex, answer, regime, answer.isBlank() ? Placement.NONE : Placement.RESTATED, List.of());
    }

    /**
     * @param placement how the answer was found, which says how sure the proposal is
     * @param alsoCited provisions a passage naming the question cites (a summary before the answers)
     */
    AnswerProposal read(int questionIndex, String answer, Regime regime, Placement placement, List<Citation> alsoCited) {
        List<Citation> cited = new ArrayList<>(citations.detect(answer, regime));
        alsoCited.stream().filter(c -> cited.stream().noneMatch(o -> o.provision().equals(c.provision()))).forEach(cited::add);
        Optional<DataTable> table = TablePasteParser.parse(answer);
        boolean costLimit = cited.stream().anyMatch(c -> c.provision().isCostLimit());
        OutcomeSuggestion.Suggested outcome = OutcomeSuggestion.suggest(answer, cited, table.isPresent());
        Set<Attention> attention = EnumSet.noneOf(Attention.class);
        if (placement == Placement.NONE) {
            attention.add(Attention.NO_ANSWER_FOUND);
        } else if (!placement.structural()) {
            attention.add(Attention.PLACED_BY_WEAK_RULE);
        }
        if (!answer.isBlank() && !outcome.evidenced() && ReplyText.wordsOf(answer).size() < LITTLE_TEXT) {
            attention.add(Attention.OUTCOME_FROM_LITTLE_TEXT);
        }
        return new AnswerProposal(questionIndex, answer, outcome.outcome(), cited, suppressedMarkers(answer, table), table,
                ReplyWording.PUBLIC_INTEREST.matcher(answer).find(), costLimit ? costEstimate(answer) : Optional.empty(),
                outcome.outcome() == Outcome.REDIRECTED || ReplyWording.ELSEWHERE.matcher(answer).find() ? webAddress(answer)
                        : Optional.empty(), placement, attention);
    }

    /** The first web address in the answer, without the full stop or bracket that ends its sentence. */
    static Optional<String> webAddress(String answer) {
        Matcher m = WEB_ADDRESS.matcher(answer);
        return m.find() ? Optional.of(m.group().replaceAll("[.,;:)\\]'\"’”]+$", "")) : Optional.empty();
    }

    /** The markers as written, from the table's cells, a key under it, or the text ("<5"). */
    static List<String> suppressedMarkers(String answer, Optional<DataTable> table) {
        Set<String> markers = new LinkedHashSet<>();
        table.ifPresent(t -> t.rows().forEach(row -> row.stream().filter(c -> c.kind() == CellKind.SUPPRESSED)
                .forEach(c -> markers.add(c.raw()))));
        // "Fewer than 5" given as the whole answer, or on a line of its own: no key needed.
        answer.lines().map(String::strip).filter(line -> line.matches(".*\\d.*") && Cell.of(line).kind() == CellKind.SUPPRESSED)
                .forEach(markers::add);
        Matcher key = MARKER_KEY.matcher(answer);
        while (key.find()) {
            markers.add(key.group(1).strip());
        }
        Matcher inline = INLINE_MARKER.matcher(MARKER_KEY.matcher(answer).replaceAll(""));
        while (inline.find()) {
            if (inline.group().startsWith("<") || inline.group().startsWith("≤") || WHY_SUPPRESSED.matcher(answer).find()) {
                markers.add(inline.group());
            }
        }
        return new ArrayList<>(markers);
    }

    /** "18 hours (£450)": the first time and money figures given with a cost-limit refusal. */
    static Optional<String> costEstimate(String answer) {
        Matcher hours = HOURS.matcher(answer);
        Matcher pounds = POUNDS.matcher(answer);
        String time = hours.find() ? hours.group().replaceAll("\\s+", " ") : null;
        String money = pounds.find() ? pounds.group().replace(" ", "") : null;
        if (time != null && money != null) {
            return Optional.of(time + " (" + money + ")");
        }
        return Optional.ofNullable(time != null ? time : money);
    }
}
