package org.answerable.request;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the requests list's search sees text: words of letters and digits, lower-case, without
 * accents, cut to {@link #MAX_LENGTH}. A search matches a request when every word typed starts a
 * word of the request ("hous" finds "Housing repairs", "FOI/2024/17" finds reference "FOI-2024-17"),
 * which an index can answer at any size; the middle of a word ("using") does not match.
 */
public final class SearchWords {

    public static final int MAX_LENGTH = 40;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private SearchWords() {
    }

    /** The distinct words of all the texts, in order of first appearance; nulls are skipped. */
    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
            for (String word : NOT_A_WORD.split(plain.toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty()) {
                    words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
                }
            }
        }
        return words;
    }
}
