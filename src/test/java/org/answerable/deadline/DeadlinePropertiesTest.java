package org.answerable.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Properties that hold for every receipt date the shipped data can answer for. */
class DeadlinePropertiesTest {

    private static final LocalDate FIRST_RECEIPT = LocalDate.of(2015, 1, 1);
    // 20 working days after 1 Dec 2027 is 31 Dec 2027, the last day of the data.
    private static final LocalDate LAST_RECEIPT = LocalDate.of(2027, 12, 1);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Regime.class)
    void every_due_date_is_a_working_day_exactly_twenty_working_days_after_receipt(Regime regime) {
        DeadlineCalculator calculator = ShippedHolidays.calculator(regime);
        for (LocalDate received : receiptDates()) {
            LocalDate due = calculator.workingDaysAfter(received, 20).date();

            assertThat(calculator.calendar().isWorkingDay(due)).as("due %s for %s", due, received).isTrue();
            assertThat(calculator.calendar().workingDaysBetween(received, due)).as("received %s", received)
                    .isEqualTo(20);
            assertThat(due).as("received %s", received).isBetween(received.plusDays(26), received.plusDays(40));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Regime.class)
    void a_later_receipt_never_gives_an_earlier_due_date(Regime regime) {
        DeadlineCalculator calculator = ShippedHolidays.calculator(regime);
        LocalDate previousDue = LocalDate.MIN;
        for (LocalDate received : receiptDates()) {
            LocalDate due = calculator.workingDaysAfter(received, 20).date();

            assertThat(due).as("received %s", received).isAfterOrEqualTo(previousDue);
            previousDue = due;
        }
    }

    @Test
    void a_scottish_deadline_is_never_later_than_a_uk_wide_one_because_scotland_has_fewer_holidays() {
        DeadlineCalculator foia = ShippedHolidays.calculator(Regime.FOIA);
        DeadlineCalculator foisa = ShippedHolidays.calculator(Regime.FOISA);
        for (LocalDate received : receiptDates()) {
            assertThat(foisa.workingDaysAfter(received, 20).date()).as("received %s", received)
                    .isBeforeOrEqualTo(foia.workingDaysAfter(received, 20).date());
        }
    }

    private static List<LocalDate> receiptDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = FIRST_RECEIPT; !d.isAfter(LAST_RECEIPT); d = d.plusDays(1)) {
            dates.add(d);
        }
        return dates;
    }
}
