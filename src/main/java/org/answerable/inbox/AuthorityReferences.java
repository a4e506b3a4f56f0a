package org.answerable.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the authority's own reference for a request in its mail: a labelled one ("Our ref:
 * FOI/2025/123") or a case number in the shape councils use ("FOI651119421", "EIR-2025-0042").
 * Our own subject tag ([ANS-12]) is never taken for one.
 */
public final class AuthorityReferences {

    private static final Pattern LABELLED = Pattern.compile(
            "(?i)\\b(?:our|your)?\\s*ref(?:erence)?(?:\\s*(?:no\\.?|number))?\\s*[:#.]?\\s*"
                    + "(?-i)([A-Za-z0-9][A-Za-z0-9/_.:-]{2,40}[A-Za-z0-9])");
    private static final Pattern CASE_NUMBER = Pattern.compile(
            "\\b((?:FOI|FOIA|FOISA|EIR|EIRS|EISR|RFI|IR|FOIR|CRM|DPA)[ /:_-]?\\d[A-Za-z0-9/_-]{2,30}[A-Za-z0-9])\\b");
    private static final Pattern OUR_TAG = Pattern.compile("(?i)^ANS-\\d+$");

    private AuthorityReferences() {
    }

    /** References in order of appearance, subject first, without repeats. */
    public static List<String> in(String subject, String text) {
        List<String> found = new ArrayList<>();
        for (String source : new String[] {subject, text}) {
            if (source == null) {
                continue;
            }
            collect(LABELLED.matcher(source), found);
            collect(CASE_NUMBER.matcher(source), found);
        }
        return found;
    }

    /** The form references are compared in: upper case, without spaces. */
    public static String normalise(String reference) {
        return reference == null ? "" : reference.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static void collect(Matcher m, List<String> found) {
        while (m.find()) {
            String candidate = m.group(1).replaceAll("[.:/_-]+$", "");
            boolean hasDigit = candidate.chars().anyMatch(Character::isDigit);
            if (hasDigit && !OUR_TAG.matcher(candidate).matches()
                    && found.stream().noneMatch(f -> normalise(f).equals(normalise(candidate)))) {
                found.add(candidate);
            }
        }
    }
}
