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

    private static final String LEAD = "^[\\s\\u00A0*_#>]*";
    private static final Pattern RESPONSE_HEADING = Pattern.compile("(?i)" + LEAD + "(?:(?:our|my|the\\s+council['’]s|in)\\s+)?"
            + "(?:(?:responses?|answers?|reply)(?:\\s+(?:provided|given))?|we\\s+answered|information\\s+provided(?:\\s+for\\s+the\\s+answer)?"
            + "|ymateb|ateb)"
            + "(?:[\\s:\\-–]*\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})?[\\s\\u00A0*_:.]*$");
    private static final Pattern REQUEST_HEADING = Pattern.compile("(?i)" + LEAD + "(?:you\\s+asked|information\\s+requested"
            + "|your\\s+request|request(?:\\s+details|\\s+received)?|cais)[\\s\\u00A0*_:.]*$");
    private static final Pattern REPLY_INTRO = Pattern.compile("(?i)\\b(?:you|which\\s+you)\\s+(?:requested|asked\\s+for|asked)\\s+"
            + "(?:for\\s+)?the\\s+following(?:\\s+information)?\\b.*:\\s*$");
    private static final Pattern BLANK = Pattern.compile("[\\s\\u00A0]*");

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
            return text;
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
