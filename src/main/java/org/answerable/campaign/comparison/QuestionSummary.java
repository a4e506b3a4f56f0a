package org.answerable.campaign.comparison;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.answerable.reply.Provision;
import org.answerable.reply.ProvisionCatalogue;

/**
 * How the campaign's authorities answered one question: the counts campaigners quote, such as
 * "12 of 40 refused Q3 on cost (FOIA s12)".
 *
 * @param refusedByProvision how many refusals cited each provision, by catalogue code; an answer
 *     citing two provisions counts under both, and the refusal-notice marker (s17) is no reason
 */
public record QuestionSummary(ComparedQuestion question, int authorities, Map<OutcomeGroup, Integer> counts,
        Map<String, Integer> refusedByProvision) {

    public QuestionSummary {
        counts = Map.copyOf(counts);
        refusedByProvision = Collections.unmodifiableMap(new LinkedHashMap<>(refusedByProvision));
    }

    static QuestionSummary of(ComparedQuestion question, Collection<ComparisonCell> cells) {
        Map<OutcomeGroup, Integer> counts = new EnumMap<>(OutcomeGroup.class);
        for (OutcomeGroup group : OutcomeGroup.values()) {
            counts.put(group, 0);
        }
        Map<String, Integer> byProvision = new TreeMap<>();
        for (ComparisonCell cell : cells) {
            counts.merge(cell.group(), 1, Integer::sum);
            if (cell.group() == OutcomeGroup.REFUSED) {
                cell.provisionCodes().stream()
                        .filter(code -> ProvisionCatalogue.byCode(code).map(p -> !p.isRefusalNotice()).orElse(true))
                        .forEach(code -> byProvision.merge(code, 1, Integer::sum));
            }
        }
        Map<String, Integer> mostCitedFirst = new LinkedHashMap<>();
        byProvision.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> mostCitedFirst.put(e.getKey(), e.getValue()));
        return new QuestionSummary(question, cells.size(), counts, mostCitedFirst);
    }

    public int count(OutcomeGroup group) {
        return counts.getOrDefault(group, 0);
    }

    /** "FOIA s12: 2, FOIA s40(2): 1" */
    public String refusedByProvisionText() {
        return String.join(", ", refusedByProvision.entrySet().stream()
                .map(e -> Texts.provision(e.getKey()) + ": " + e.getValue()).toList());
    }

    /** The evidence as a campaigner quotes it, one sentence per finding; nothing for a count of 0. */
    public List<String> sentences() {
        String of = " of " + authorities + " ";
        String q = question.name();
        List<String> sentences = new ArrayList<>();
        add(sentences, count(OutcomeGroup.ANSWERED), of + "answered " + q + " in full");
        add(sentences, count(OutcomeGroup.PARTLY_ANSWERED), of + "answered " + q + " in part");
        add(sentences, count(OutcomeGroup.REFUSED), of + "refused " + q);
        refusedByProvision.forEach((code, n) -> sentences.add(n + of + "refused " + q + " " + reason(code)));
        add(sentences, count(OutcomeGroup.NOT_HELD), of + "said they do not hold the information for " + q);
        add(sentences, count(OutcomeGroup.OTHER), of + "replied otherwise to " + q + " (published elsewhere, clarification, not addressed)");
        add(sentences, count(OutcomeGroup.NO_ANSWER), of + "have not answered " + q + " yet");
        return sentences;
    }

    private static void add(List<String> sentences, int count, String rest) {
        if (count > 0) {
            sentences.add(count + rest);
        }
    }

    /** "on cost (FOIA s12)", "under FOIA s40(2) (third-party personal data)". */
    private static String reason(String code) {
        return ProvisionCatalogue.byCode(code)
                .map(p -> p.isCostLimit() ? "on cost (" + Texts.provision(code) + ")"
                        : "under " + Texts.provision(code) + " (" + lowerFirst(p) + ")")
                .orElse("under " + Texts.provision(code));
    }

    private static String lowerFirst(Provision provision) {
        String name = provision.shortName();
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
