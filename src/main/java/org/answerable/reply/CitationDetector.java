package org.answerable.reply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.answerable.authority.Regime;

/**
 * Finds the provisions a reply cites: "Section 12", "section 17.1" (councils write s17(1) so),
 * "s.40(2)", "Regulation 12(4)(b)", "reg. 13", "sections 40 and 41", and EIR-style "12(5)(e)".
 *
 * <p>"Section" means the Act and "regulation" the Regulations of the request's nation: an English
 * authority may answer a FOIA request under the EIR, a Scottish one a FOISA request under the
 * EISR. Sections of other Acts ("section 17 of the Children Act 1989") are ignored. A limb the
 * catalogue does not list falls back to its section (s40(5) gives s40). Section 1(1), the duty to
 * confirm or deny, counts only where the paragraph says the information is not held. Each
 * provision is reported once, at its first mention, so a letter explaining "Section 12 of the
 * Act makes provision…" and citing it again counts it once.
 */
public final class CitationDetector {

    private static final String ITEM = "(\\d{1,3}[A-Za-z]?)(?!\\d)((?:\\s?\\(\\s?[0-9A-Za-z]{1,4}\\s?\\))*(?:\\.\\d{1,2}(?![\\d(]))*)";
    private static final String KEYWORD = "(sections?\\s*|ss?\\.\\s?|s(?=\\d)|regulations?\\s*|regs?\\.?\\s?|r\\.\\s?)";
    private static final Pattern FIRST = Pattern.compile("(?i)(?<![\\p{L}\\d'’])" + KEYWORD + ITEM);
    private static final Pattern NEXT = Pattern.compile("(?i)\\s*(?:,|and|&|or|/)\\s*" + KEYWORD + "?" + ITEM);
    // Regulation limbs are distinctive enough to count without the word "regulation".
    private static final Pattern BARE_REGULATION = Pattern.compile("(?<![\\w.(])(\\d{1,2})(\\(\\d[A-Z]?\\)\\([a-z]\\))");
    private static final Pattern PART = Pattern.compile("\\(\\s?([0-9A-Za-z]{1,4})\\s?\\)|\\.(\\d{1,2})");
    private static final Pattern UNIT = Pattern.compile("(?i)^\\s*(hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?|%"
            + "|per\\b|people|children|cases|staff|pounds)");
    private static final String ACT_NAME = "((?:\\(?[A-Z][\\w’']*\\)?\\s+(?:(?:of|and|for)\\s+)?)*?)(?:Act|Regulations|Order)\\b";
    private static final Pattern OTHER_ACT_AFTER = Pattern.compile("^\\s*(?:\\(\\w+\\)\\s*)*(?:of|under|in)\\s+(?:the\\s+)?" + ACT_NAME);
    private static final Pattern OTHER_ACT_BEFORE = Pattern.compile("(?:^|\\s)" + ACT_NAME + "(?:\\s+\\d{4})?\\s*[,:]?\\s*$");
    private static final Pattern FOI_LAW = Pattern.compile("(?i)freedom\\s+of\\s+information|environmental\\s+information");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final String DUTY_TO_CONFIRM = "FOIA-s1(1)(a)";

    /** The provisions cited in the text, each once, in order of first mention. */
    public List<Citation> detect(String text, Regime regime) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Map<Provision, Citation> found = new LinkedHashMap<>();
        List<int[]> spans = new ArrayList<>();
        Matcher first = FIRST.matcher(text);
        while (first.find()) {
            List<Citation> list = new ArrayList<>();
            String family = family(first.group(1));
            resolve(text, regime, family, first.group(2), first.group(3), first.start(), first.group())
                    .ifPresent(list::add);
            int end = first.end();
            Matcher next = NEXT.matcher(text);
            while (next.region(end, text.length()).lookingAt() && !UNIT.matcher(text.substring(next.end())).find()) {
                String itemFamily = next.group(1) == null ? family : family(next.group(1));
                int itemStart = next.start(next.group(1) == null ? 2 : 1);
                Optional<Citation> item = resolve(text, regime, itemFamily, next.group(2), next.group(3), itemStart,
                        text.substring(itemStart, next.end()));
                if (item.isEmpty()) {
                    break;
                }
                list.add(item.get());
                end = next.end();
            }
            if (!citesAnotherLaw(text, first.start(), end)) {
                list.forEach(c -> found.putIfAbsent(c.provision(), c));
                spans.add(new int[] {first.start(), end});
            }
        }
        Matcher bare = BARE_REGULATION.matcher(text);
        while (bare.find()) {
            int at = bare.start();
            if (spans.stream().noneMatch(s -> at >= s[0] && at < s[1])) {
                ProvisionCatalogue.byCode(regulations(regime) + "-r" + bare.group(1) + bare.group(2))
                        .ifPresent(p -> found.putIfAbsent(p, new Citation(p, bare.group(), at)));
            }
        }
        return found.values().stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    }

    private static String family(String keyword) {
        return keyword.toLowerCase(Locale.ROOT).startsWith("s") ? "s" : "r";
    }

    private static Optional<Citation> resolve(String text, Regime regime, String family, String number, String parts,
            int start, String written) {
        String law = family.equals("s") ? (regime.isScottish() ? "FOISA" : "FOIA") : regulations(regime);
        StringBuilder code = new StringBuilder(law + "-" + family + number.toUpperCase(Locale.ROOT));
        Matcher part = PART.matcher(parts);
        while (part.find()) {
            String p = part.group(1) != null ? part.group(1) : part.group(2);
            code.append('(').append(p.matches("\\d+[A-Za-z]") ? p.toUpperCase(Locale.ROOT) : p.toLowerCase(Locale.ROOT)).append(')');
        }
        Optional<Provision> provision = lookup(code.toString());
        if (provision.isPresent() && provision.get().code().equals(DUTY_TO_CONFIRM) && !saysNotHeld(text, start)) {
            return Optional.empty();
        }
        return provision.map(p -> new Citation(p, written.strip(), start));
    }

    /** The code itself, else its nearest listed parent, else its only listed limb. */
    private static Optional<Provision> lookup(String code) {
        for (String c = code; ; c = c.substring(0, c.lastIndexOf('('))) {
            Optional<Provision> found = ProvisionCatalogue.byCode(c);
            if (found.isPresent()) {
                return found;
            }
            if (!c.endsWith(")")) {
                break;
            }
        }
        List<Provision> limbs = ProvisionCatalogue.limbsOf(code);
        return limbs.size() == 1 ? Optional.of(limbs.getFirst()) : Optional.empty();
    }

    private static String regulations(Regime regime) {
        return regime.isScottish() ? "EISR" : "EIR";
    }

    private static boolean citesAnotherLaw(String text, int start, int end) {
        Matcher after = OTHER_ACT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 120)));
        if (after.find() && !after.group(1).isBlank() && !FOI_LAW.matcher(after.group(1)).find()) {
            return true;
        }
        Matcher before = OTHER_ACT_BEFORE.matcher(text.substring(Math.max(0, start - 120), start));
        return before.find() && !before.group(1).isBlank() && !FOI_LAW.matcher(before.group(1)).find();
    }

    private static boolean saysNotHeld(String text, int at) {
        Matcher blank = BLANK_LINE.matcher(text);
        int from = 0;
        int to = text.length();
        while (blank.find()) {
            if (blank.end() <= at) {
                from = blank.end();
            } else {
                to = blank.start();
                break;
            }
        }
        return ReplyWording.NOT_HELD.matcher(text.substring(from, to)).find();
    }
}
