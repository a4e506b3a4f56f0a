package org.answerable.reply;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shares one answer among asks the letter does not number or name ("I would like any emails
 * ... With regards to emails could you use key word searches?"), by the words a sentence shares
 * with one ask and no other.
 *
 * <p>Only strong evidence splits: a sentence is an ask's own when it repeats at least two words
 * that only that ask uses and at most half as many of another's. Asks with sentences of their
 * own get those sentences; the rest of the answer goes to the asks it still has words in
 * common with (all of them when it has none in common with any); an ask nothing speaks to gets
 * no answer, for the user to see. Without a sentence of its own for any ask the answer stays
 * shared, as a collective answer should.
 */
final class TopicSplit {

    /** Where an ask's share of the answer lies, offsets in the answer's text. */
    record Share(int from, int to) {}

    private static final int OWN_WORDS = 2;
    private static final Pattern SENTENCE = Pattern.compile("(?:[^.!?\\n]|[.!?](?![.!?]|[\\s\\u00A0\"”’)]|$))+(?:[.!?]+(?=[\\s\\u00A0\"”’)]|$)|(?=\\n)|$)");
    private static final Pattern HEADER = Pattern.compile("(?i)^[\\s\\u00A0]*(?:our|your)\\s+ref(?:erence)?\\b|^[^a-z]*$");

    // Words every ask and every answer may use: they tell nothing about which ask is answered.
    private static final Set<String> COMMON = Set.of("the", "and", "for", "you", "your", "our", "with", "that", "this",
            "these", "those", "are", "was", "were", "been", "being", "have", "has", "had", "not", "any", "all", "from",
            "which", "what", "when", "where", "who", "whom", "how", "why", "there", "their", "they", "them", "its", "his",
            "her", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "also", "into", "onto",
            "than", "then", "such", "some", "each", "per", "about", "above", "below", "under", "over", "between", "within",
            "whether", "able", "please", "thank", "like", "know", "request", "requested", "information", "provide",
            "provided", "held", "hold", "does", "did", "doe", "just", "only", "more", "most", "other", "out", "but",
            "i", "we", "me", "us", "my", "is", "it", "be", "to", "of", "in", "on", "or", "an", "as", "at", "by", "if", "so",
            "do", "no", "yes", "a");
    // A few words of the trade that replies put differently from requests.
    private static final Map<String, String> SAME_SENSE = Map.ofEntries(Map.entry("website", "online"),
            Map.entry("web", "online"), Map.entry("internet", "online"), Map.entry("webpage", "online"),
            Map.entry("published", "publish"), Map.entry("publication", "publish"), Map.entry("available", "publish"),
            Map.entry("spend", "cost"), Map.entry("spent", "cost"), Map.entry("expenditure", "cost"),
            Map.entry("employee", "staff"), Map.entry("personnel", "staff"));

    private TopicSplit() {
    }

    /**
     * Each ask's share of the answer (empty where nothing speaks to it), or nothing when no
     * sentence is clearly one ask's own.
     */
    static Optional<List<Optional<Share>>> split(String answer, List<String> asks) {
        if (asks.size() < 2) {
            return Optional.empty();
        }
        List<Set<String>> own = ownWords(asks);
        List<Share> sentences = sentences(answer);
        int[] owner = new int[sentences.size()];
        boolean anyOwned = false;
        for (int s = 0; s < sentences.size(); s++) {
            owner[s] = ownerOf(words(answer.substring(sentences.get(s).from(), sentences.get(s).to())), own);
            anyOwned |= owner[s] >= 0;
        }
        if (!anyOwned) {
            return Optional.empty();
        }
        List<Optional<Share>> shares = new ArrayList<>();
        int rest = -1;
        for (int s = 0; s < sentences.size() && rest < 0; s++) {
            rest = owner[s] < 0 && !HEADER.matcher(answer.substring(sentences.get(s).from(), sentences.get(s).to())).find()
                    && !ReplyWording.ACKNOWLEDGEMENT.matcher(answer.substring(sentences.get(s).from())).lookingAt()
                    ? sentences.get(s).from() : -1;
        }
        Set<String> restWords = rest < 0 ? Set.of() : wordsOutside(answer, sentences, owner, rest);
        boolean restSpeaksToAny = false;
        for (int q = 0; q < asks.size(); q++) {
            restSpeaksToAny |= !ownedBy(owner, q) && words(asks.get(q)).stream().anyMatch(restWords::contains);
        }
        for (int q = 0; q < asks.size(); q++) {
            if (ownedBy(owner, q)) {
                shares.add(Optional.of(ownSentences(sentences, owner, q)));
            } else if (rest >= 0 && (!restSpeaksToAny || words(asks.get(q)).stream().anyMatch(restWords::contains))) {
                shares.add(Optional.of(new Share(rest, answer.length())));
            } else {
                shares.add(Optional.empty());
            }
        }
        // A one-sentence answer mostly about one ask is still likely an answer to all of them.
        if (sentences.size() == 1 && shares.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(shares);
    }

    /** The ask whose own words the sentence repeats, clearly more than another's; -1 for none. */
    private static int ownerOf(Set<String> sentence, List<Set<String>> own) {
        int best = -1;
        int bestCount = 0;
        int second = 0;
        for (int q = 0; q < own.size(); q++) {
            int count = (int) own.get(q).stream().filter(sentence::contains).count();
            if (count > bestCount) {
                second = bestCount;
                best = q;
                bestCount = count;
            } else {
                second = Math.max(second, count);
            }
        }
        return bestCount >= OWN_WORDS && bestCount >= 2 * second ? best : -1;
    }

    /** The ask's first owned sentence through its last owned one before another ask's. */
    private static Share ownSentences(List<Share> sentences, int[] owner, int q) {
        int first = -1;
        int last = -1;
        for (int s = 0; s < sentences.size(); s++) {
            if (owner[s] == q && (first < 0 || last == s - 1)) {
                first = first < 0 ? s : first;
                last = s;
            }
        }
        return new Share(sentences.get(first).from(), sentences.get(last).to());
    }

    private static boolean ownedBy(int[] owner, int q) {
        for (int o : owner) {
            if (o == q) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> wordsOutside(String answer, List<Share> sentences, int[] owner, int from) {
        Set<String> words = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (owner[s] < 0 && sentences.get(s).from() >= from) {
                words.addAll(words(answer.substring(sentences.get(s).from(), sentences.get(s).to())));
            }
        }
        return words;
    }

    /** Each ask's words that no other ask uses. */
    private static List<Set<String>> ownWords(List<String> asks) {
        List<Set<String>> all = asks.stream().map(TopicSplit::words).toList();
        List<Set<String>> own = new ArrayList<>();
        for (int q = 0; q < all.size(); q++) {
            Set<String> mine = new HashSet<>(all.get(q));
            for (int o = 0; o < all.size(); o++) {
                if (o != q) {
                    mine.removeAll(all.get(o));
                }
            }
            own.add(mine);
        }
        return own;
    }

    static List<Share> sentences(String text) {
        List<Share> found = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            if (m.group().codePoints().anyMatch(Character::isLetterOrDigit)) {
                int from = m.start();
                while (from < m.end() && Character.isWhitespace(text.charAt(from)) || from < m.end() && text.charAt(from) == '\u00A0') {
                    from++;
                }
                found.add(new Share(from, m.end()));
            }
        }
        return found;
    }

    /** Content words, plural and sense folded: "searches" and "search", "website" and "online". */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : ReplyText.wordTexts(text)) {
            String stem = stem(w.toLowerCase(Locale.ROOT));
            if (stem.length() >= 3 && !COMMON.contains(stem) && !COMMON.contains(w) || stem.chars().allMatch(Character::isDigit) && stem.length() >= 2) {
                words.add(SAME_SENSE.getOrDefault(stem, stem));
            }
        }
        return words;
    }

    private static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
