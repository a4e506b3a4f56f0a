package org.answerable.deadline.holidays;

import static org.answerable.deadline.Jurisdiction.ENGLAND_AND_WALES;
import static org.answerable.deadline.Jurisdiction.NORTHERN_IRELAND;
import static org.answerable.deadline.Jurisdiction.SCOTLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.answerable.deadline.BankHoliday;
import org.answerable.deadline.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BankHolidayFileParserTest {

    private final BankHolidayFileParser parser = new BankHolidayFileParser();

    @Test
    void the_shipped_file_holds_every_jurisdictions_holidays_from_2015_to_2027() {
        List<BankHoliday> holidays = parser.parseShipped();

        assertThat(holidays).filteredOn(h -> h.jurisdiction() == ENGLAND_AND_WALES).hasSize(107);
        assertThat(holidays).filteredOn(h -> h.jurisdiction() == SCOTLAND).hasSize(120);
        assertThat(holidays).filteredOn(h -> h.jurisdiction() == NORTHERN_IRELAND).hasSize(133);
        assertThat(holidays.getFirst().date()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(holidays.getLast().date()).isEqualTo(LocalDate.of(2027, 12, 28));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2015-05-04 | ENGLAND_AND_WALES | Early May bank holiday
            2015-12-28 | SCOTLAND          | Boxing Day (substitute day)
            2015-08-03 | SCOTLAND          | Summer bank holiday
            2017-08-28 | NORTHERN_IRELAND  | Summer bank holiday
            2015-01-02 | SCOTLAND          | 2nd January
            2015-07-13 | NORTHERN_IRELAND  | Battle of the Boyne (Orangemen’s Day) (substitute day)
            2020-05-08 | ENGLAND_AND_WALES | Early May bank holiday (VE day)
            2022-09-19 | SCOTLAND          | Bank Holiday for the State Funeral of Queen Elizabeth II
            2023-05-08 | NORTHERN_IRELAND  | Bank holiday for the coronation of King Charles III
            2025-12-01 | SCOTLAND          | St Andrew’s Day (substitute day)
            """)
    void the_shipped_file_gives_readable_names_in_both_of_its_title_styles(
            LocalDate date, Jurisdiction jurisdiction, String name) {
        assertThat(parser.parseShipped()).contains(new BankHoliday(date, name, jurisdiction));
    }

    @Test
    void the_gov_uk_feed_shape_with_divisions_and_events_is_read() {
        List<BankHoliday> holidays = parse("gov-uk-bank-holidays.json");

        assertThat(holidays).containsExactly(
                new BankHoliday(LocalDate.of(2025, 1, 1), "New Year’s Day", ENGLAND_AND_WALES),
                new BankHoliday(LocalDate.of(2025, 1, 2), "2nd January", SCOTLAND),
                new BankHoliday(LocalDate.of(2025, 7, 14), "Battle of the Boyne (Orangemen’s Day) (substitute day)",
                        NORTHERN_IRELAND),
                new BankHoliday(LocalDate.of(2025, 8, 25), "Summer bank holiday", ENGLAND_AND_WALES),
                new BankHoliday(LocalDate.of(2025, 12, 1), "St Andrew’s Day (substitute day)", SCOTLAND));
    }

    @Test
    void the_older_shape_with_snake_case_titles_is_read() {
        assertThat(parse("older-gov-uk-format.json")).containsExactly(
                new BankHoliday(LocalDate.of(2017, 1, 3), "2nd January (substitute day)", SCOTLAND),
                new BankHoliday(LocalDate.of(2017, 8, 7), "Summer bank holiday", SCOTLAND),
                new BankHoliday(LocalDate.of(2017, 8, 28), "Summer bank holiday", ENGLAND_AND_WALES),
                new BankHoliday(LocalDate.of(2018, 3, 19), "St Patrick’s Day (substitute day)", NORTHERN_IRELAND));
    }

    @ParameterizedTest(name = "\"{0}\" with notes \"{1}\" reads \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            early_may          |                | Early May bank holiday
            new_year           | substitute_day | New Year’s Day (substitute day)
            battle_boyne       |                | Battle of the Boyne (Orangemen’s Day)
            st_andrew          |                | St Andrew’s Day
            platinum_jubilee   |                | Platinum jubilee
            Christmas Day      | Substitute day | Christmas Day (substitute day)
            """)
    void snake_case_titles_become_the_names_people_know(String title, String notes, String name) {
        assertThat(HolidayNames.readable(title, notes == null ? "" : notes)).isEqualTo(name);
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("not json", "upload.json is not valid JSON: "),
                Arguments.of("[]", "upload.json must be a JSON object with holidays for england-and-wales, scotland "
                        + "or northern-ireland"),
                Arguments.of("{}", "upload.json must be a JSON object"),
                Arguments.of("{\"wales\": []}", "upload.json, wales: unknown division; expected england-and-wales, "
                        + "scotland or northern-ireland"),
                Arguments.of("{\"scotland\": 3}", "upload.json, scotland: expected a list of holidays, or an object "
                        + "with an \"events\" list"),
                Arguments.of("{\"scotland\": {\"division\": \"scotland\"}}", "upload.json, scotland: expected a list"),
                Arguments.of("{\"scotland\": {\"division\": \"england-and-wales\", \"events\": []}}",
                        "upload.json, scotland: says it is division \"england-and-wales\""),
                Arguments.of("{\"scotland\": [\"2025-01-01\"]}",
                        "upload.json, scotland entry 1: expected an object with a date and a title"),
                Arguments.of("{\"scotland\": [{\"title\": \"New Year’s Day\"}]}",
                        "upload.json, scotland entry 1: date is missing or not text"),
                Arguments.of("{\"scotland\": [{\"date\": \"2025-01-01\", \"title\": \"\"}]}",
                        "upload.json, scotland entry 1: title is missing or not text"),
                Arguments.of("{\"scotland\": [{\"date\": \"2025-01-01\", \"title\": \"x\", \"notes\": 1}]}",
                        "upload.json, scotland entry 1: notes must be text"),
                Arguments.of("{\"scotland\": [{\"date\": \"2025-01-01\", \"title\": \"a\"}, "
                        + "{\"date\": \"01/02/2025\", \"title\": \"b\"}]}",
                        "upload.json, scotland entry 2: date \"01/02/2025\" is not a date like 2025-12-25"),
                Arguments.of("{\"scotland\": [{\"date\": \"2025-01-01\", \"title\": \"a\"}, "
                        + "{\"date\": \"2025-01-01\", \"title\": \"b\"}]}",
                        "upload.json, scotland entry 2: 2025-01-01 is listed twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void a_malformed_file_is_refused_saying_which_entry_is_wrong_and_why(String json, String message) {
        assertThatThrownBy(() -> parser.parse(json, "upload.json"))
                .isInstanceOf(BankHolidayFileException.class)
                .hasMessageStartingWith(message);
    }

    private List<BankHoliday> parse(String fixture) {
        try (InputStream json = getClass().getResourceAsStream(fixture)) {
            assertThat(json).as(fixture).isNotNull();
            return parser.parse(json, fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
