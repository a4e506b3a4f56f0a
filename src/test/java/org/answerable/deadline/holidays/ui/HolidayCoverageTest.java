package org.answerable.deadline.holidays.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.answerable.authority.Regime;
import org.answerable.deadline.BankHoliday;
import org.answerable.deadline.Jurisdiction;
import org.answerable.deadline.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class HolidayCoverageTest {

    @Test
    void a_year_missing_one_nation_is_reported_as_incomplete_and_the_first_unknown_year_is_named() {
        List<BankHoliday> holidays = new ArrayList<>();
        for (int year : List.of(2025, 2026, 2028)) {
            for (Jurisdiction nation : Jurisdiction.values()) {
                holidays.add(new BankHoliday(LocalDate.of(year, 12, 25), "Christmas Day", nation));
            }
        }
        holidays.add(new BankHoliday(LocalDate.of(2027, 12, 27), "Christmas Day (substitute day)",
                Jurisdiction.SCOTLAND));

        HolidayCoverage coverage = HolidayCoverage.of(WorkingDayCalendar.forRegime(Regime.FOIA, holidays), holidays);

        assertThat(coverage.summary()).isEqualTo("Bank holidays for every UK nation are known for 2025–2026, 2028.");
        assertThat(coverage.warning()).isEqualTo(
                "Holidays for 2027 are incomplete: deadlines that reach 2027 can't be computed until you add them. "
                        + "Holidays after 2028 are unknown: deadlines that reach 2029 can't be computed until you add them.");
    }

    @Test
    void with_no_holidays_nothing_can_be_computed() {
        HolidayCoverage coverage = HolidayCoverage.of(WorkingDayCalendar.forRegime(Regime.FOIA, List.of()), List.of());

        assertThat(coverage.summary()).startsWith("No year has bank holidays");
        assertThat(coverage.warning()).isEqualTo("No deadline can be computed until you add them or import GOV.UK's file.");
    }
}
