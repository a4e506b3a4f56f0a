package org.answerable.insight;

import java.time.LocalDate;
import java.time.YearMonth;

/** Answers to requests sent in one month, with how many of them were refused outright or in part. */
public record MonthlyRefusals(YearMonth month, long refused, long partlyRefused, long total) {

    public long refusals() {
        return refused + partlyRefused;
    }

    public double refusalRate() {
        return total == 0 ? 0 : (double) refusals() / total;
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }
}
