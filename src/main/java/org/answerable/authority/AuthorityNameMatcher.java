package org.answerable.authority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds directory entries for the names campaigners type or keep in spreadsheets ("Leicester",
 * "Leicester City Council", "LCE", "Brighton & Hove"). Generic words such as "council" or
 * "London Borough of" are ignored, so the everyday and the official name both match; a name that
 * fits two bodies is reported as ambiguous rather than guessed.
 */
public final class AuthorityNameMatcher {

    private static final Pattern GENERIC_PREFIX = Pattern.compile(
            "^(the )?((london|royal) borough of |city and county of |city of |county of |council of the )");
    private static final Pattern GENERIC_SUFFIX = Pattern.compile(
            "( (city|county|borough|district|metropolitan borough|metropolitan district|county borough|unitary|town|parish))?"
                    + " (council|corporation|authority)$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N} ]+");

    private final Map<String, Set<Authority>> byExactName = new HashMap<>();
    private final Map<String, Set<Authority>> byKey = new HashMap<>();

    public AuthorityNameMatcher(Collection<Authority> directory) {
        for (Authority authority : directory) {
            index(authority.getCode(), authority);
            index(authority.getOfficialName(), authority);
            index(authority.getShortName(), authority);
        }
    }

    /** The match for one typed name: exactly one authority, several, or none. */
    public Match match(String typed) {
        String key = key(typed);
        if (key.isEmpty()) {
            return new Match(typed, List.of());
        }
        Set<Authority> exact = byExactName.getOrDefault(plain(typed), Set.of());
        Set<Authority> found = exact.size() == 1 ? exact : byKey.getOrDefault(key, Set.of());
        return new Match(typed.trim(), List.copyOf(found));
    }

    /**
     * The one authority whose name is a slip of the keyboard away from {@code typed} ("Lecester",
     * "Coventy"), to suggest when nothing matched; empty when none is close or several are.
     */
    public Optional<Authority> closest(String typed) {
        String key = key(typed);
        if (key.length() < 4) {
            return Optional.empty();
        }
        int allowed = key.length() < 8 ? 1 : 2;
        Set<Authority> best = new LinkedHashSet<>();
        int bestDistance = allowed + 1;
        for (Map.Entry<String, Set<Authority>> entry : byKey.entrySet()) {
            if (Math.abs(entry.getKey().length() - key.length()) > allowed) {
                continue;
            }
            int distance = distance(key, entry.getKey());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = new LinkedHashSet<>(entry.getValue());
            } else if (distance == bestDistance) {
                best.addAll(entry.getValue());
            }
        }
        return best.size() == 1 ? Optional.of(best.iterator().next()) : Optional.empty();
    }

    /** Levenshtein distance: each inserted, deleted or changed letter counts one. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Matches every non-blank line, keeping the order the user gave. */
    public List<Match> matchAll(Collection<String> typed) {
        List<Match> result = new ArrayList<>();
        for (String line : typed) {
            if (line != null && !line.isBlank()) {
                result.add(match(line));
            }
        }
        return result;
    }

    private void index(String name, Authority authority) {
        if (name == null || name.isBlank()) {
            return;
        }
        byExactName.computeIfAbsent(plain(name), k -> new LinkedHashSet<>()).add(authority);
        byKey.computeIfAbsent(key(name), k -> new LinkedHashSet<>()).add(authority);
    }

    private static String plain(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("&", " and ");
        return NOT_LETTER_OR_DIGIT.matcher(s).replaceAll(" ").replaceAll("\\s+", " ").trim();
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = plain(name);
        s = GENERIC_PREFIX.matcher(s).replaceFirst("");
        s = GENERIC_SUFFIX.matcher(s).replaceFirst("");
        return s.trim();
    }

    /** What one typed name resolved to. */
    public record Match(String typed, List<Authority> candidates) {
        public boolean isUnique() { return candidates.size() == 1; }
        public boolean isAmbiguous() { return candidates.size() > 1; }
        public boolean isMissing() { return candidates.isEmpty(); }
        public Authority authority() {
            if (!isUnique()) {
                throw new IllegalStateException(typed + " did not match exactly one authority");
            }
            return candidates.getFirst();
        }
    }
}
