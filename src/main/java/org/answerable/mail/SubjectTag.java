package org.answerable.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code [ANS-1234]} tag in the subject of every letter the app sends, which authorities'
 * replies ("RE: ...") usually keep, so a reply can be matched to its request.
 */
public final class SubjectTag {

    // Tolerates what mail clients and people do to it: case, spaces inside the brackets, an en dash.
    private static final Pattern TAG = Pattern.compile("\\[\\s*ANS\\s*[-\u2013 ]\\s*(\\d{1,18})\\s*]",
            Pattern.CASE_INSENSITIVE);

    private SubjectTag() {
    }

    public static String of(long requestId) {
        return "[ANS-" + requestId + "]";
    }

    /** The subject with the request's tag at its end, unless the tag is already in it. */
    public static String ensureIn(String subject, long requestId) {
        String text = subject == null ? "" : subject.strip();
        if (requestIdsIn(text).contains(requestId)) {
            return text;
        }
        return text.isEmpty() ? of(requestId) : text + " " + of(requestId);
    }

    /** The request ids tagged in a subject, in order of appearance, without repeats. */
    public static List<Long> requestIdsIn(String subject) {
        List<Long> ids = new ArrayList<>();
        if (subject == null) {
            return ids;
        }
        Matcher m = TAG.matcher(subject);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The single request a subject is tagged with; empty when none or several. */
    public static Optional<Long> requestIdIn(String subject) {
        List<Long> ids = requestIdsIn(subject);
        return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
    }
}
