package org.answerable.deadline.holidays;

import java.util.Locale;
import java.util.Map;

/**
 * GOV.UK's older files (2015-2018 in the shipped data, from alphagov/calendars) use keys such as
 * "early_may"; the current feed uses names such as "Early May bank holiday". We show the names.
 */
final class HolidayNames {

    private static final Map<String, String> BY_KEY = Map.ofEntries(
            Map.entry("new_year", "New Year’s Day"),
            Map.entry("2nd_january", "2nd January"),
            Map.entry("st_patrick", "St Patrick’s Day"),
            Map.entry("good_friday", "Good Friday"),
            Map.entry("easter_monday", "Easter Monday"),
            Map.entry("early_may", "Early May bank holiday"),
            Map.entry("spring", "Spring bank holiday"),
            Map.entry("battle_boyne", "Battle of the Boyne (Orangemen’s Day)"),
            // Scotland's "summer" is the first Monday of August, England's the last: same name on GOV.UK.
            Map.entry("summer", "Summer bank holiday"),
            Map.entry("late_august", "Summer bank holiday"),
            Map.entry("st_andrew", "St Andrew’s Day"),
            Map.entry("christmas", "Christmas Day"),
            Map.entry("boxing_day", "Boxing Day"));

    private static final String SNAKE_CASE = "[a-z0-9]+(_[a-z0-9]+)*";

    private HolidayNames() {
    }

    /** "early_may" + "substitute_day" → "Early May bank holiday (substitute day)". */
    static String readable(String title, String notes) {
        String name = title.strip();
        if (name.matches(SNAKE_CASE)) {
            name = BY_KEY.getOrDefault(name, capitalised(name.replace('_', ' ')));
        }
        String note = notes.strip().replace('_', ' ');
        return note.isEmpty() ? name : name + " (" + note.toLowerCase(Locale.ROOT) + ")";
    }

    private static String capitalised(String words) {
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
