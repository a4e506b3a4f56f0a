package org.answerable.deadline.holidays;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.answerable.deadline.BankHoliday;
import org.answerable.deadline.Jurisdiction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads bank holidays from JSON in either of two shapes, keyed by GOV.UK division:
 * the shipped file's {@code {"scotland": [{"date", "title", "notes"}]}} and GOV.UK's
 * bank-holidays.json {@code {"scotland": {"division": "scotland", "events": [...]}}}.
 */
public final class BankHolidayFileParser {

    /** GOV.UK data for 2015-2027 (FOI_RULES §6), unchanged. */
    public static final String SHIPPED_RESOURCE = "/data/uk_bank_holidays_2015_2027.json";

    private static final String DIVISIONS = "england-and-wales, scotland or northern-ireland";

    private final JsonMapper mapper = JsonMapper.builder().build();

    public List<BankHoliday> parseShipped() {
        try (InputStream json = BankHolidayFileParser.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (json == null) {
                throw new BankHolidayFileException("The shipped bank holidays " + SHIPPED_RESOURCE + " are missing");
            }
            return parse(json, SHIPPED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + SHIPPED_RESOURCE, e);
        }
    }

    /** @param fileName shown in error messages, so the user knows which upload failed */
    public List<BankHoliday> parse(InputStream json, String fileName) {
        try {
            return parse(mapper.readTree(json), fileName);
        } catch (JacksonException e) {
            throw new BankHolidayFileException(fileName + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public List<BankHoliday> parse(String json, String fileName) {
        try {
            return parse(mapper.readTree(json), fileName);
        } catch (JacksonException e) {
            throw new BankHolidayFileException(fileName + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private List<BankHoliday> parse(JsonNode root, String fileName) {
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new BankHolidayFileException(fileName + " must be a JSON object with holidays for "
                    + DIVISIONS);
        }
        List<BankHoliday> holidays = new ArrayList<>();
        for (Map.Entry<String, JsonNode> division : root.properties()) {
            String where = fileName + ", " + division.getKey();
            Jurisdiction jurisdiction = Jurisdiction.fromKey(division.getKey()).orElseThrow(() ->
                    new BankHolidayFileException(where + ": unknown division; expected " + DIVISIONS));
            Set<LocalDate> seen = new HashSet<>();
            int position = 0;
            for (JsonNode entry : events(division.getValue(), jurisdiction, where)) {
                position++;
                BankHoliday holiday = holiday(entry, jurisdiction, where + " entry " + position);
                if (!seen.add(holiday.date())) {
                    throw new BankHolidayFileException(where + " entry " + position + ": " + holiday.date()
                            + " is listed twice");
                }
                holidays.add(holiday);
            }
        }
        holidays.sort(Comparator.comparing(BankHoliday::date).thenComparing(BankHoliday::jurisdiction));
        return List.copyOf(holidays);
    }

    private static JsonNode events(JsonNode division, Jurisdiction jurisdiction, String where) {
        JsonNode events = division;
        if (division.isObject()) {
            JsonNode key = division.get("division");
            if (key != null && !jurisdiction.key().equals(key.asString())) {
                throw new BankHolidayFileException(where + ": says it is division \"" + key.asString() + "\"");
            }
            events = division.get("events");
        }
        if (events == null || !events.isArray()) {
            throw new BankHolidayFileException(where + ": expected a list of holidays, "
                    + "or an object with an \"events\" list");
        }
        return events;
    }

    private static BankHoliday holiday(JsonNode entry, Jurisdiction jurisdiction, String where) {
        if (!entry.isObject()) {
            throw new BankHolidayFileException(where + ": expected an object with a date and a title");
        }
        String date = text(entry, "date", where);
        String title = text(entry, "title", where);
        JsonNode notes = entry.get("notes");
        if (notes != null && !notes.isNull() && !notes.isString()) {
            throw new BankHolidayFileException(where + ": notes must be text");
        }
        try {
            return new BankHoliday(LocalDate.parse(date), HolidayNames.readable(title,
                    notes == null || notes.isNull() ? "" : notes.stringValue()), jurisdiction);
        } catch (DateTimeParseException e) {
            throw new BankHolidayFileException(where + ": date \"" + date + "\" is not a date like 2025-12-25", e);
        }
    }

    private static String text(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new BankHolidayFileException(where + ": " + field + " is missing or not text");
        }
        return value.stringValue();
    }
}
