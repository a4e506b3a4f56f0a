package org.answerable.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns field values into the short text the history shows. Long texts (a pasted request, a
 * letter) are cut to {@link #MAX_LENGTH} characters, so the history stays readable and small.
 */
final class ChangeText {

    static final int MAX_LENGTH = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.of("Europe/London"));

    private ChangeText() {
    }

    /** "FoiRequest" reads "foi request", "RequestEvent" reads "request event". */
    static String kindOf(Class<?> type) {
        return words(type.getSimpleName());
    }

    /** A property name as a reader would say it: "dateSent" reads "date sent". */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** Text of a simple value; entities are named by {@link EntityNames} before they get here. */
    static String of(Object value) {
        return cut(plain(value));
    }

    static String cut(String text) {
        String single = text.strip();
        return single.length() <= MAX_LENGTH ? single
                : single.substring(0, MAX_LENGTH) + "… (" + single.length() + " characters in all)";
    }

    private static String plain(Object value) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case Boolean b -> b ? "yes" : "no";
            case LocalDate d -> DATE.format(d);
            case Instant i -> TIME.format(i);
            case TemporalAccessor t -> t.toString();
            case Enum<?> e -> labelOf(e);
            case Collection<?> c -> c.stream().map(ChangeText::plain).filter(s -> !s.isEmpty()).sorted()
                    .collect(Collectors.joining(", "));
            case Record r -> recordText(r);
            default -> value.toString();
        };
    }

    /** The app's enums carry the words users see in a label() method; others show their name. */
    private static String labelOf(Enum<?> value) {
        try {
            Method label = value.getDeclaringClass().getMethod("label");
            return Objects.toString(label.invoke(value), value.name());
        } catch (ReflectiveOperationException e) {
            return value.name();
        }
    }

    /**
     * Embedded values such as a request's tags. The team id every row carries for isolation is
     * never something a user changed, so it is left out: a tag reads as just its text.
     */
    private static String recordText(Record value) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getName().equals("teamId")) {
                continue;
            }
            try {
                parts.add(plain(component.getAccessor().invoke(value)));
            } catch (ReflectiveOperationException e) {
                parts.add("?");
            }
        }
        return String.join(" ", parts);
    }
}
