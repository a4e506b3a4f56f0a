package org.answerable.reply.answer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The refusals view's filters; null means any. {@code provisionCode} as in the catalogue. */
public record RefusalFilter(Long authorityId, String provisionCode, LocalDate sentFrom, LocalDate sentTo,
        String requestText, Long campaignId) {

    /** Any campaign, or none. */
    public RefusalFilter(Long authorityId, String provisionCode, LocalDate sentFrom, LocalDate sentTo,
            String requestText) {
        this(authorityId, provisionCode, sentFrom, sentTo, requestText, null);
    }

    public static RefusalFilter none() {
        return new RefusalFilter(null, null, null, null, null);
    }

    /**
     * The filter as the query string of a link to the refusals view (other pages drill down to it),
     * e.g. "provision=FOIA-s12&amp;authority=42"; empty when nothing is filtered.
     */
    public String toQueryString() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("provision", provisionCode);
        parameters.put("authority", authorityId);
        parameters.put("campaign", campaignId);
        parameters.put("from", sentFrom);
        parameters.put("to", sentTo);
        parameters.put("q", requestText);
        return parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Reads a link made by {@link #toQueryString()}; a value that does not parse is ignored. */
    public static RefusalFilter fromQueryParameters(Map<String, List<String>> parameters) {
        return new RefusalFilter(number(parameters, "authority"), text(parameters, "provision"),
                date(parameters, "from"), date(parameters, "to"), text(parameters, "q"), number(parameters, "campaign"));
    }

    private static String text(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    private static Long number(Map<String, List<String>> parameters, String name) {
        try {
            String value = text(parameters, name);
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name) {
        try {
            String value = text(parameters, name);
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
