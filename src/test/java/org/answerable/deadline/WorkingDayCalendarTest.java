package org.answerable.deadline;

import static org.answerable.deadline.Jurisdiction.ENGLAND_AND_WALES;
import static org.answerable.deadline.Jurisdiction.NORTHERN_IRELAND;
import static org.answerable.deadline.Jurisdiction.SCOTLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    @ParameterizedTest(name = "{0} is a FOIA working day: {1}, a FOISA working day: {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-07-14 | false | true  | NI Boyne substitute day
            2026-03-17 | false | true  | NI St Patrick's Day
            2026-04-06 | false | true  | Easter Monday, not a Scottish bank holiday
            2026-08-31 | false | true  | E&W and NI summer holiday
            2026-08-03 | false | false | Scottish summer holiday, first Monday of August
            2026-01-02 | false | false | Scottish 2nd January
            2026-11-30 | false | false | St Andrew's Day
            2026-04-03 | false | false | Good Friday
            2025-12-25 | false | false | Christmas Day
            2022-09-19 | false | false | state funeral
            2026-06-13 | false | false | Saturday
            2026-06-14 | false | false | Sunday
            2026-06-15 | true  | true  | an ordinary Monday
            2015-12-28 | false | false | Boxing Day substitute in the older GOV.UK format
            """)
    void regimes_differ_on_which_days_are_working_days(LocalDate day, boolean foia, boolean foisa, String why) {
        assertThat(ShippedHolidays.calendar(Regime.FOIA).isWorkingDay(day)).isEqualTo(foia);
        assertThat(ShippedHolidays.calendar(Regime.EIR).isWorkingDay(day)).isEqualTo(foia);
        assertThat(ShippedHolidays.calendar(Regime.FOISA).isWorkingDay(day)).isEqualTo(foisa);
        assertThat(ShippedHolidays.calendar(Regime.EISR).isWorkingDay(day)).isEqualTo(foisa);
    }

    @Test
    void holidays_on_a_day_lists_every_jurisdiction_that_has_it() {
        assertThat(ShippedHolidays.calendar(Regime.FOIA).holidaysOn(LocalDate.of(2023, 5, 8)))
                .extracting(BankHoliday::name, BankHoliday::jurisdiction)
                .containsExactlyInAnyOrder(
                        tuple("Bank holiday for the coronation of King Charles III",
                                ENGLAND_AND_WALES),
                        tuple("Bank holiday for the coronation of King Charles III",
                                SCOTLAND),
                        tuple("Bank holiday for the coronation of King Charles III",
                                NORTHERN_IRELAND));
    }

    @Test
    void a_scottish_calendar_knows_nothing_of_other_jurisdictions_holidays() {
        assertThat(ShippedHolidays.calendar(Regime.FOISA).holidaysOn(LocalDate.of(2025, 7, 14))).isEmpty();
        assertThat(ShippedHolidays.calendar(Regime.FOISA).jurisdictions()).containsExactly(SCOTLAND);
        assertThat(ShippedHolidays.calendar(Regime.FOIA).jurisdictions())
                .containsExactlyInAnyOrder(ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND);
    }

    @Test
    void the_calendar_covers_exactly_the_years_in_the_data() {
        WorkingDayCalendar foia = ShippedHolidays.calendar(Regime.FOIA);

        assertThat(foia.covers(LocalDate.of(2015, 1, 1))).isTrue();
        assertThat(foia.covers(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(foia.covers(LocalDate.of(2014, 12, 31))).isFalse();
        assertThat(foia.covers(LocalDate.of(2028, 1, 1))).isFalse();
    }

    @Test
    void asking_about_a_day_beyond_the_data_fails_with_a_message_saying_what_to_do() {
        assertThatThrownBy(() -> ShippedHolidays.calendar(Regime.FOIA).isWorkingDay(LocalDate.of(2028, 1, 4)))
                .isInstanceOf(HolidaysUnknownException.class)
                .hasMessage("Bank holidays after 2027 are unknown: add them under Admin › Bank holidays")
                .extracting(e -> ((HolidaysUnknownException) e).date()).isEqualTo(LocalDate.of(2028, 1, 4));
        assertThatThrownBy(() -> ShippedHolidays.calendar(Regime.FOISA).holidaysOn(LocalDate.of(2014, 11, 30)))
                .hasMessage("Bank holidays before 2015 are unknown: add them under Admin › Bank holidays");
    }

    @Test
    void a_year_is_unknown_to_the_union_calendar_until_every_jurisdiction_has_it() {
        List<BankHoliday> withoutNorthernIreland2027 = ShippedHolidays.ALL.stream()
                .filter(h -> !(h.jurisdiction() == NORTHERN_IRELAND && h.date().getYear() == 2027))
                .toList();

        assertThat(WorkingDayCalendar.forRegime(Regime.FOISA, withoutNorthernIreland2027)
                .covers(LocalDate.of(2027, 6, 1))).isTrue();
        assertThatThrownBy(() -> WorkingDayCalendar.forRegime(Regime.FOIA, withoutNorthernIreland2027)
                .isWorkingDay(LocalDate.of(2027, 6, 1)))
                .hasMessage("Bank holidays after 2026 are unknown: add them under Admin › Bank holidays");
    }

    @Test
    void a_missing_year_inside_the_data_is_reported_by_year() {
        List<BankHoliday> without2020 = ShippedHolidays.ALL.stream().filter(h -> h.date().getYear() != 2020).toList();

        assertThatThrownBy(() -> WorkingDayCalendar.forRegime(Regime.FOIA, without2020)
                .isWorkingDay(LocalDate.of(2020, 3, 2)))
                .hasMessage("Bank holidays for 2020 are unknown: add them under Admin › Bank holidays");
    }

    @Test
    void a_calendar_without_any_holidays_refuses_every_day() {
        WorkingDayCalendar empty = new WorkingDayCalendar(List.of(), EnumSet.of(SCOTLAND));

        assertThatThrownBy(() -> empty.isWorkingDay(LocalDate.of(2025, 1, 6)))
                .hasMessage("No bank holidays are known for Scotland: add them under Admin › Bank holidays");
    }

    @Test
    void working_days_between_two_dates_exclude_the_first_and_include_the_last() {
        assertThat(ShippedHolidays.calendar(Regime.FOIA)
                .workingDaysBetween(LocalDate.of(2025, 7, 11), LocalDate.of(2025, 7, 18))).isEqualTo(4);
        assertThat(ShippedHolidays.calendar(Regime.FOISA)
                .workingDaysBetween(LocalDate.of(2025, 7, 11), LocalDate.of(2025, 7, 18))).isEqualTo(5);
    }

    @Test
    void jurisdictions_are_found_by_their_gov_uk_division_key() {
        assertThat(Jurisdiction.fromKey("england-and-wales")).contains(ENGLAND_AND_WALES);
        assertThat(Jurisdiction.fromKey("scotland")).contains(SCOTLAND);
        assertThat(Jurisdiction.fromKey("northern-ireland")).contains(NORTHERN_IRELAND);
        assertThat(Jurisdiction.fromKey("wales")).isEmpty();
        assertThat(NORTHERN_IRELAND.displayName()).isEqualTo("Northern Ireland");
    }
}
