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
 * Finds the provisions a reply cites, at the precision written: "Section 12", "S30(3)",
 * "Section 40 (5A)", "section 17.1" (councils write s17(1) so), "Section 17[5]", "s.40(2)",
 * "Regulation 12(4)(b)", "reg. 13", "sections 40 and 41", "Section 21 &amp; 22", "Section 31(1)
 * (a)(b)(c)" (three limbs), "Sections 30(b)(i) and (ii)", and EIR-style "12(5)(e)".
 *
 * <p>"Section" means the Act and "regulation" the Regulations: of the nation named beside the
 * citation ("of the Environmental Information (Scotland) Regulations", "of the FOI Act",
 * "FOISA"), else of the request's nation. Sections of other Acts ("section 17 of the Children Act
 * 1989"), statutory wording that lists alternatives ("section 12 or section 14 applies"), and
 * numbers in web addresses are ignored. A limb the catalogue does not list keeps its precision
 * under its listed section. Section 1, the duty to confirm or deny, counts only where the text
 * says what is held or explains a neither-confirm-nor-deny or vexatious refusal. Each provision
 * is reported once, at its first mention.
 */
public final class CitationDetector {

    private static final String PARTS = "((?:\\s?[(\\[]\\s?[0-9A-Za-z]{1,4}\\s?[)\\]])*(?:\\.\\d{1,2}(?![\\d(]))*)";
    private static final String ITEM = "(\\d{1,3}[A-Za-z]?)(?!\\d)" + PARTS;
    // Welsh letters write "adran" (section) and "rheoliad" (regulation).
    private static final String KEYWORD = "(sections?\\s*|adran(?:nau)?\\s*|rheoliad(?:au)?\\s*|ss?\\.\\s?|s(?=\\d)|regulations?\\s*|regs?\\.?\\s?|r\\.\\s?)";
    private static final Pattern FIRST = Pattern.compile("(?i)(?<![\\p{L}\\d'’/.=])" + KEYWORD + ITEM);
    private static final Pattern NEXT = Pattern.compile("(?i)\\s*(,|and|&|or|/)\\s*" + KEYWORD + "?" + ITEM);
    // "Sections 30(b)(i) and (ii)": a further limb of the same section.
    private static final Pattern NEXT_LIMB = Pattern.compile("(?i)\\s*(?:,|and|&)\\s*((?:\\(\\s?[0-9A-Za-z]{1,4}\\s?\\))+)");
    // Regulation limbs are distinctive enough to count without the word "regulation".
    private static final Pattern BARE_REGULATION = Pattern.compile("(?<![\\w.(/])(\\d{1,2})(\\(\\d[A-Z]?\\)\\([a-z]\\))");
    private static final Pattern PART = Pattern.compile("[(\\[]\\s?([0-9A-Za-z]{1,4})\\s?[)\\]]|\\.(\\d{1,2})");
    private static final Pattern ROMAN = Pattern.compile("(?i)i{1,3}|iv|vi{0,3}|ix|x");
    private static final Pattern UNIT = Pattern.compile("(?i)^\\s*(hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?|%"
            + "|per\\b|people|children|cases|staff|pounds)");
    private static final String ACT_NAME = "((?:\\(?[A-Z][\\w’']*\\)?\\s+(?:(?:of|and|for)\\s+)?)*?)(?:Act|Regulations|Order)\\b";
    private static final Pattern OTHER_ACT_AFTER = Pattern.compile("^\\s*(?:\\(\\w+\\)\\s*)*(?:(?:of|under|in)\\s+(?:the\\s+)?)?" + ACT_NAME);
    private static final Pattern OTHER_ACT_BEFORE = Pattern.compile("(?:^|\\s)" + ACT_NAME + "(?:\\s+\\d{4})?\\s*[,:]?\\s*$");
    // "s31 of the CA", "section 20 of the DPA": another law known by its initials.
    private static final Pattern OTHER_LAW_INITIALS = Pattern.compile("^\\s*(?:\\(\\w+\\)\\s*)*(?:of|under|in)\\s+(?:the\\s+)?([A-Z]{2,6})\\b");
    private static final Pattern FOI_LAW = Pattern.compile("(?i)freedom\\s+of\\s+information|environmental\\s+information"
            + "|rhyddid\\s+gwybodaeth|gwybodaeth\\s+amgylcheddol"
            + "|\\b(?:FOI|FOIA|FOISA|EIRs?|EISR)\\b");
    private static final Pattern LAW_NAMED = Pattern.compile("(?i)^[\\s,]*(?:\\(\\w+\\)\\s*)*(?:of|under)\\s+(?:the\\s+)?"
            + "(freedom\\s+of\\s+information\\s+\\(scotland\\)|environmental\\s+information\\s+\\(scotland\\)|foisa|eisrs?|eir\\s*\\(s\\)"
            + "|freedom\\s+of\\s+information\\s+act|foi\\s+act|foia|environmental\\s+information\\s+regulations|eirs?)\\b");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    // Section 1 is cited for what it says about holding the information, not as the right of access.
    // "Section 1 … places two duties". In Welsh: "cadarnhau … yn cael ei chadw" (confirm … is held;
    // "cadw" mutates to chadw/gadw), "dwy ddyletswydd" (two duties).
    private static final Pattern DUTY_CONTEXT = Pattern.compile("(?i)\\bconfirm\\b[^.]{0,200}?\\b(?:hold|holds|held)\\b"
            + "|\\bcadarnha\\w*\\b[^.]{0,160}?\\b(?:c|ch|g)adw\\b|\\bdut(?:y|ies)\\b|\\bd?dyletswydd");
    private static final Pattern DUTY_LETTER = Pattern.compile("(?i)\\bneither\\s+confirms?\\s+n?or\\s+(?:deny|denies)|\\bNCND\\b|\\bvexatious\\b");

    /** The provisions cited in the text, each once, in order of first mention. */
    public List<Citation> detect(String text, Regime regime) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Map<Provision, Citation> found = new LinkedHashMap<>();
        List<int[]> spans = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        Matcher link = WEB_ADDRESS.matcher(text);
        while (link.find()) {
            links.add(new int[] {link.start(), link.end()});
        }
        Matcher first = FIRST.matcher(text);
        int from = 0;
        while (from < text.length() && first.find(from)) {
            int at = first.start();
            from = first.end();
            if (links.stream().anyMatch(s -> at >= s[0] && at < s[1])) {
                continue;
            }
            List<Citation> list = new ArrayList<>();
            String family = family(first.group(1));
            List<String> written = new ArrayList<>(List.of(first.group(2) + first.group(3)));
            List<Integer> starts = new ArrayList<>(List.of(first.start()));
            List<Integer> ends = new ArrayList<>(List.of(first.end()));
            boolean alternatives = false;
            int end = first.end();
            while (true) {
                Matcher limb = NEXT_LIMB.matcher(text);
                if (limb.region(end, text.length()).lookingAt()) {
                    written.add(sibling(written.getLast(), limb.group(1)));
                    starts.add(limb.start(1));
                    ends.add(limb.end());
                    end = limb.end();
                    continue;
                }
                Matcher next = NEXT.matcher(text);
                if (!next.region(end, text.length()).lookingAt() || UNIT.matcher(text.substring(next.end())).find()) {
                    break;
                }
                if (next.group(2) != null && !family(next.group(2)).equals(family)) {
                    break;
                }
                alternatives |= next.group(1).equalsIgnoreCase("or");
                written.add(next.group(3) + next.group(4));
                starts.add(next.start(next.group(2) == null ? 3 : 2));
                ends.add(next.end());
                end = next.end();
            }
            from = end;
            if (alternatives || citesAnotherLaw(text, at, end)) {
                continue;
            }
            String law = law(text, end, family, regime);
            for (int i = 0; i < written.size(); i++) {
                String as = text.substring(starts.get(i), ends.get(i)).strip();
                int start = starts.get(i);
                for (String code : expand(law + "-" + family, written.get(i))) {
                    lookup(code).filter(p -> !isDutyToConfirm(p) || citedForHolding(text, start))
                            .ifPresent(p -> list.add(new Citation(p, as, start)));
                }
            }
            list.forEach(c -> found.putIfAbsent(c.provision(), c));
            spans.add(new int[] {at, end});
        }
        Matcher bare = BARE_REGULATION.matcher(text);
        while (bare.find()) {
            int at = bare.start();
            if (spans.stream().noneMatch(s -> at >= s[0] && at < s[1]) && links.stream().noneMatch(s -> at >= s[0] && at < s[1])) {
                ProvisionCatalogue.byCode(regulations(regime.isScottish()) + "-r" + bare.group(1) + bare.group(2))
                        .ifPresent(p -> found.putIfAbsent(p, new Citation(p, bare.group(), at)));
            }
        }
        return found.values().stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    }

    private static String family(String keyword) {
        String word = keyword.toLowerCase(Locale.ROOT);
        return word.startsWith("s") || word.startsWith("adran") ? "s" : "r";
    }

    /** The law the citation names after it, else the request's nation's Act or Regulations. */
    private static String law(String text, int end, String family, Regime regime) {
        Matcher named = LAW_NAMED.matcher(text.substring(end, Math.min(text.length(), end + 80)));
        boolean scottish = regime.isScottish();
        if (named.find()) {
            String name = named.group(1).toLowerCase(Locale.ROOT);
            boolean saysScotland = name.contains("scotland") || name.startsWith("foisa") || name.startsWith("eisr") || name.contains("(s)");
            int after = end + named.end();
            boolean saysUk = name.equals("foia") || text.substring(after, Math.min(text.length(), after + 8)).contains("2000");
            scottish = saysScotland || scottish && !saysUk;
        }
        return family.equals("s") ? (scottish ? "FOISA" : "FOIA") : regulations(scottish);
    }

    private static String regulations(boolean scottish) {
        return scottish ? "EISR" : "EIR";
    }

    /** "31(1)(a)(b)(c)" cites three limbs; "30(b)(i)" one. */
    static List<String> expand(String prefix, String written) {
        Matcher number = Pattern.compile("^(\\d{1,3}[A-Za-z]?)").matcher(written);
        if (!number.find()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        Matcher part = PART.matcher(written.substring(number.end()));
        while (part.find()) {
            String p = part.group(1) != null ? part.group(1) : part.group(2);
            parts.add(p.matches("\\d+[A-Za-z]") ? p.toUpperCase(Locale.ROOT) : p.toLowerCase(Locale.ROOT));
        }
        String base = prefix + number.group(1).toUpperCase(Locale.ROOT);
        if (parts.isEmpty()) {
            return List.of(base);
        }
        int run = parts.size() - 1;
        while (run > 0 && kind(parts, run) == kind(parts, run - 1) && kind(parts, run) != Kind.NUMBER) {
            run--;
        }
        StringBuilder stem = new StringBuilder(base);
        parts.subList(0, run).forEach(p -> stem.append('(').append(p).append(')'));
        if (run == parts.size() - 1) {
            return List.of(stem + "(" + parts.getLast() + ")");
        }
        return parts.subList(run, parts.size()).stream().map(p -> stem + "(" + p + ")").toList();
    }

    private enum Kind { NUMBER, LETTER, ROMAN }

    /** A roman numeral after a letter is a sub-paragraph; otherwise a single letter is a paragraph. */
    private static Kind kind(List<String> parts, int i) {
        String p = parts.get(i);
        if (p.matches("\\d+[A-Z]?")) {
            return Kind.NUMBER;
        }
        boolean afterLetter = i > 0 && parts.get(i - 1).matches("[a-z]") && !ROMAN.matcher(parts.get(i - 1)).matches();
        return ROMAN.matcher(p).matches() && (p.length() > 1 || afterLetter || i > 0 && kind(parts, i - 1) == Kind.ROMAN)
                ? Kind.ROMAN : Kind.LETTER;
    }

    /** "30(b)(i)" and "(ii)" give "30(b)(ii)". */
    private static String sibling(String written, String limbs) {
        int open = Math.max(written.lastIndexOf('('), written.lastIndexOf('['));
        return (open < 0 ? written : written.substring(0, open)) + limbs.replace(" ", "");
    }

    /** The code itself, or at its precision under its nearest listed section; else its only listed limb. */
    private static Optional<Provision> lookup(String code) {
        Optional<Provision> found = ProvisionCatalogue.byCode(code);
        if (found.isPresent()) {
            return found;
        }
        List<Provision> limbs = ProvisionCatalogue.limbsOf(code);
        return limbs.size() == 1 && !code.contains("(") ? Optional.of(limbs.getFirst()) : Optional.empty();
    }

    private static boolean isDutyToConfirm(Provision p) {
        return p.code().matches("(?:FOIA|FOISA)-s1(?:\\(.*)?");
    }

    /** Section 1 where the letter says what is (not) held, or explains neither confirming nor denying. */
    private static boolean citedForHolding(String text, int at) {
        int sentenceStart = Math.max(text.lastIndexOf(". ", at) + 1, 0);
        int sentenceEnd = text.indexOf(". ", at);
        String sentence = text.substring(sentenceStart, sentenceEnd < 0 ? text.length() : sentenceEnd);
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
        return DUTY_CONTEXT.matcher(sentence).find() || ReplyWording.NOT_HELD.matcher(text.substring(from, to)).find()
                || DUTY_LETTER.matcher(text).find();
    }

    private static boolean citesAnotherLaw(String text, int start, int end) {
        Matcher after = OTHER_ACT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 120)));
        if (after.find() && !after.group(1).isBlank() && !FOI_LAW.matcher(after.group(1)).find()) {
            return true;
        }
        Matcher initials = OTHER_LAW_INITIALS.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        if (initials.find() && !FOI_LAW.matcher(initials.group(1)).find()) {
            return true;
        }
        Matcher before = OTHER_ACT_BEFORE.matcher(text.substring(Math.max(0, start - 120), start));
        return before.find() && !before.group(1).isBlank() && !FOI_LAW.matcher(before.group(1)).find();
    }
}
