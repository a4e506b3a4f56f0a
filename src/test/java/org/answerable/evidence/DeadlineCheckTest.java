package org.answerable.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.answerable.authority.Regime;
import org.answerable.deadline.WorkingDayCalendar;
import org.answerable.deadline.holidays.BankHolidayFileParser;
import org.answerable.evidence.DeadlineCheck.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCheckTest {

    private static final WorkingDayCalendar ENGLAND =
            WorkingDayCalendar.forRegime(Regime.FOIA, new BankHolidayFileParser().parseShipped());
    private static final WorkingDayCalendar NO_HOLIDAYS_KNOWN =
            WorkingDayCalendar.forRegime(Regime.FOIA, java.util.List.of());
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 21);

    @ParameterizedTest(name = "due {0}, done {1}: {3}")
    @CsvSource(nullValues = "none", textBlock = """
            # due,     done,       verdict, result
            2025-06-30, 2025-06-30, MET,    Met on Mon 30 Jun 2025
            2025-06-30, 2025-06-12, MET,    Met on Thu 12 Jun 2025
            2025-06-30, 2025-07-01, MISSED, Missed by 1 working day: reply received on Tue 1 Jul 2025
            2025-06-30, 2025-07-07, MISSED, Missed by 5 working days: reply received on Mon 7 Jul 2025
            2025-08-22, 2025-08-26, MISSED, Missed by 1 working day: reply received on Tue 26 Aug 2025
            2025-07-04, 2025-07-05, MISSED, Missed by 1 calendar day: reply received on Sat 5 Jul 2025
            # Mon 14 Jul 2025 is Northern Ireland's Battle of the Boyne holiday, which FOIA days skip
            2025-07-10, none,       MISSED, Missed by 6 working days so far: no reply received by Mon 21 Jul 2025
            2025-07-21, none,       OPEN,   Still open
            2025-08-01, none,       OPEN,   Still open
            """)
    void a_deadline_is_met_on_its_day_and_missed_from_the_next_counting_working_days(LocalDate due, LocalDate done,
            Verdict verdict, String result) {
        DeadlineCheck check = DeadlineCheck.of("Response due", due, "reply received", Optional.ofNullable(done), TODAY, ENGLAND);

        assertThat(check.verdict()).isEqualTo(verdict);
        assertThat(check.result()).isEqualTo(result);
    }

    @ParameterizedTest
    @CsvSource({"2025-06-30, 2025-07-07, Missed by 7 calendar days: reply received on Mon 7 Jul 2025"})
    void without_known_bank_holidays_a_miss_is_counted_in_calendar_days(LocalDate due, LocalDate done, String result) {
        assertThat(DeadlineCheck.of("Response due", due, "reply received", Optional.of(done), TODAY, NO_HOLIDAYS_KNOWN).result())
                .isEqualTo(result);
    }
}
