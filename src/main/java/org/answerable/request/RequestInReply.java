package org.answerable.request;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The request as an authority's reply restates it, for when only the reply was kept (the request
 * was made elsewhere): the text under "You asked" / "Information requested", or the paragraph after
 * "in which you requested the following information:", up to the first heading over the answers
 * ("Response", "In Response:", "We answered", "Response provided:", Welsh "Ymateb:"). Text with no such heading is left whole: it is a
 * request, or its answers are numbered ("Answer 2") and end each question where they stand.
 */
final class RequestInReply {

    private static final String LEAD = "^[\\s\\u00A0*_#>]*(?:[-–•][\\s\\u00A0]+)?";
    private static final Pattern RESPONSE_HEADING = Pattern.compile("(?i)" + LEAD + "(?:(?:our|my|the\\s+council['’]s|in|final|full|formal)\\s+)?"
            + "(?:(?:responses?|answers?|reply)(?:\\s+(?:provided|given))?|we\\s+answered|information\\s+provided(?:\\s+for\\s+the\\s+answer)?"
            + "|ymateb|ateb)"
            + "(?:[\\s:\\-–]*\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})?[\\s\\u00A0*_:.]*$");
    private static final Pattern REQUEST_HEADING = Pattern.compile("(?i)" + LEAD + "(?:you\\s+asked|information\\s+requested"
            + "|your\\s+request|request(?:\\s+details|\\s+received)?|cais)[\\s\\u00A0*_:.]*$");
    private static final Pattern REPLY_INTRO = Pattern.compile("(?i)\\b(?:you|which\\s+you)\\s+(?:requested|asked\\s+for|asked)\\s+"
            + "(?:for\\s+)?the\\s+following(?:\\s+information)?\\b.*:\\s*$");
    private static final Pattern BLANK = Pattern.compile("[\\s\\u00A0]*");
    private static final Pattern ASKS = Pattern.compile("\\?|(?i)^[\\s\\u00A0]*(?:\\(?\\d{1,2}[.):]|[a-z][.)]|[-•*])\\s|\\bplease\\s+(?:provide|send|supply|tell|confirm)");
    private static final Pattern SIGNED_OFF = Pattern.compile("(?i)[\\s\\u00A0]*(?:yours\\s+(?:faithfully|sincerely)|kind\\s+regards|many\\s+thanks)\\b");
    private static final Pattern AUTHORITY_SPEAKS = Pattern.compile("(?i)[\\s\\u00A0]*(?:(?:I|we)\\s+(?:can\\s+)?confirm|I\\s+have\\s+(?:today\\s+)?"
            + "(?:decided|concluded)|(?:the|this)\\s+(?:council|trust|service|force|department|board|university|authority|information)"
            + "\\s+(?:can|does|do|has|have|holds?|is|are|was|were)\\b|please\\s+(?:find|see)\\b|unfortunately\\b|under\\s+section\\s+\\d"
            + "|in\\s+(?:response|relation|respect)\\s+to\\s+(?:your|question|the)|thank\\s+you\\s+for\\s+your"
            + "|(?-i:[A-Z][\\w&]*(?:\\s+[A-Z][\\w&]*){0,3})\\s+(?:does|do)\\s+not\\s+hold|(?:the\\s+)?information\\s+(?:that\\s+)?you\\s+(?:have\\s+)?requested\\s+is"
            + "|we\\s+(?:do\\s+not|don['’]t|cannot|can\\s+not|are\\s+unable|are\\s+not\\s+able)\\b)");

    private RequestInReply() {
    }

    static String requestPart(String text) {
        List<String> lines = text.lines().toList();
        int intro = -1;
        for (int i = 0; i < lines.size() && intro < 0; i++) {
            if (REPLY_INTRO.matcher(lines.get(i)).find()) {
                intro = i;
            }
        }
        if (intro >= 0) {
            return firstParagraphAfter(lines, intro);
        }
        int response = -1;
        for (int i = 1; i < lines.size() && response < 0; i++) {
            if (RESPONSE_HEADING.matcher(lines.get(i)).matches()) {
                response = i;
            }
        }
        if (response < 0) {
            return untilTheAuthoritySpeaks(lines);
        }
        int start = 0;
        for (int i = response - 1; i >= 0; i--) {
            if (REQUEST_HEADING.matcher(lines.get(i)).matches()) {
                start = i + 1;
                break;
            }
        }
        return String.join("\n", lines.subList(start, response));
    }

    /**
     * With no heading over the answers, the request ends where a paragraph opens in the
     * authority's voice ("I can confirm…", "The Council does not hold…", "Yours faithfully" closing
     * the requester's e-mail), once a question has been seen.
     */
    private static String untilTheAuthoritySpeaks(List<String> lines) {
        boolean asked = false;
        for (int i = 0; i < lines.size(); i++) {
            // A line after one that ends a sentence opens a thought as a paragraph would.
            boolean opensParagraph = i == 0 || BLANK.matcher(lines.get(i - 1)).matches() || lines.get(i - 1).strip().matches(".*[.?!:]$");
            if (asked && (SIGNED_OFF.matcher(lines.get(i)).lookingAt() || opensParagraph && AUTHORITY_SPEAKS.matcher(lines.get(i)).lookingAt())) {
                return String.join("\n", lines.subList(0, i));
            }
            asked |= ASKS.matcher(lines.get(i)).find();
        }
        return String.join("\n", lines);
    }

    private static String firstParagraphAfter(List<String> lines, int intro) {
        int from = intro + 1;
        while (from < lines.size() && BLANK.matcher(lines.get(from)).matches()) {
            from++;
        }
        int to = from;
        while (to < lines.size() && !BLANK.matcher(lines.get(to)).matches()) {
            to++;
        }
        return String.join("\n", lines.subList(from, to));
    }
}
