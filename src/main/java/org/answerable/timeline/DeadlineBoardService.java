package org.answerable.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.answerable.authority.Regime;
import org.answerable.deadline.HolidaysUnknownException;
import org.answerable.deadline.holidays.HolidayService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the team's deadlines from every source for the dashboard and the calendar feed. */
@Service
public class DeadlineBoardService {

    static final int HORIZON_WORKING_DAYS = 20;

    private final List<DeadlineSource> sources;
    private final HolidayService holidays;
    private final Clock clock;

    DeadlineBoardService(List<DeadlineSource> sources, HolidayService holidays, Clock clock) {
        this.sources = sources;
        this.holidays = holidays;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DeadlineBoard board() {
        LocalDate today = LocalDate.now(clock);
        return DeadlineBoard.of(today, deadlinesUpTo(horizon(today)));
    }

    @Transactional(readOnly = true)
    public List<UpcomingDeadline> deadlinesUpTo(LocalDate horizon) {
        return sources.stream().flatMap(s -> s.deadlinesUpTo(horizon).stream()).toList();
    }

    /** 20 working days ahead on the UK-wide calendar; beyond the holiday data, four calendar weeks. */
    LocalDate horizon(LocalDate today) {
        try {
            return holidays.calculator(Regime.FOIA).workingDaysAfter(today, HORIZON_WORKING_DAYS).date();
        } catch (HolidaysUnknownException e) {
            return today.plusWeeks(4);
        }
    }
}
