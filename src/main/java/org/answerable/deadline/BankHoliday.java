package org.answerable.deadline;

import java.time.LocalDate;
import java.util.Objects;

/** One day in one jurisdiction's bank-holiday list, named as a campaigner would recognise it. */
public record BankHoliday(LocalDate date, String name, Jurisdiction jurisdiction) {

    /**
     * The Queen's state funeral holiday was proclaimed while requests were already running; whether
     * it stops their clocks is unsettled (FOI_RULES §1.2, [S6]). We skip it but say so.
     */
    public static final LocalDate STATE_FUNERAL_2022 = LocalDate.of(2022, 9, 19);

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A bank holiday needs a name (" + date + ")");
        }
    }

    public boolean disputed() {
        return date.equals(STATE_FUNERAL_2022);
    }
}
