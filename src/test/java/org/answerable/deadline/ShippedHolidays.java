package org.answerable.deadline;

import java.util.List;

import org.answerable.authority.Regime;
import org.answerable.deadline.holidays.BankHolidayFileParser;

/** The GOV.UK 2015-2027 data the app ships with, read once for all deadline tests. */
final class ShippedHolidays {

    static final List<BankHoliday> ALL = new BankHolidayFileParser().parseShipped();

    private ShippedHolidays() {
    }

    static WorkingDayCalendar calendar(Regime regime) {
        return WorkingDayCalendar.forRegime(regime, ALL);
    }

    static DeadlineCalculator calculator(Regime regime) {
        return DeadlineCalculator.forRegime(regime, ALL);
    }
}
