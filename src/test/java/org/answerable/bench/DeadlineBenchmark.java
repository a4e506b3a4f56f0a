package org.answerable.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.answerable.authority.Regime;
import org.answerable.deadline.DeadlineCalculator;
import org.answerable.deadline.holidays.BankHolidayFileParser;

/**
 * Issue 3's speed goal: computing 10,000 due dates takes well under 100 ms. Run with
 * {@code ./mvnw -Pbench -DskipTests test-compile exec:java}; results go in docs/benchmarks.md.
 */
public final class DeadlineBenchmark {

    private DeadlineBenchmark() {
    }

    public static Measurements.Result run() {
        DeadlineCalculator foia = DeadlineCalculator.forRegime(Regime.FOIA, new BankHolidayFileParser().parseShipped());
        List<LocalDate> receipts = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2015, 1, 1); d.isBefore(LocalDate.of(2027, 11, 1)); d = d.plusDays(1)) {
            receipts.add(d);
        }
        long[] checksum = {0};
        Measurements.Result result = Measurements.measure("10,000 FOIA due dates (20 working days)", 20, 100, () -> {
            for (int i = 0; i < 10_000; i++) {
                checksum[0] += foia.workingDaysAfter(receipts.get(i % receipts.size()), 20).date().toEpochDay();
            }
        });
        if (checksum[0] == 0) {
            throw new IllegalStateException("no due dates were computed");
        }
        return result;
    }
}
