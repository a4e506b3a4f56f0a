package org.answerable.timeline;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;

/**
 * The Monday-morning view: what is long overdue, overdue, due this week and due within the next
 * 20 working days. Plain grouping of deadlines from every {@link DeadlineSource}.
 */
public record DeadlineBoard(LocalDate today, List<UpcomingDeadline> longOverdue, List<UpcomingDeadline> overdue,
        List<UpcomingDeadline> dueThisWeek, List<UpcomingDeadline> dueLater) {

    static DeadlineBoard of(LocalDate today, List<UpcomingDeadline> deadlines) {
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<UpcomingDeadline> sorted = deadlines.stream()
                .sorted(Comparator.comparing(UpcomingDeadline::date).thenComparing(UpcomingDeadline::requestTitle))
                .toList();
        return new DeadlineBoard(today,
                sorted.stream().filter(d -> isLongOverdue(d, today)).toList(),
                sorted.stream().filter(d -> d.date().isBefore(today) && !isLongOverdue(d, today)).toList(),
                sorted.stream().filter(d -> !d.date().isBefore(today) && !d.date().isAfter(endOfWeek)).toList(),
                sorted.stream().filter(d -> d.date().isAfter(endOfWeek)).toList());
    }

    /** Overdue "from the day after" the date (FOI_RULES §7), so a date equal to today is not yet late. */
    private static boolean isLongOverdue(UpcomingDeadline d, LocalDate today) {
        return d.longOverdueAfter() != null && d.longOverdueAfter().isBefore(today);
    }

    /** Long overdue and overdue together: every date already missed. */
    public int overdueCount() {
        return longOverdue.size() + overdue.size();
    }

    /** The last days to complain or appeal that are still ahead, soonest first. */
    public List<UpcomingDeadline> windowsClosing() {
        return java.util.stream.Stream.of(dueThisWeek, dueLater).flatMap(List::stream).filter(UpcomingDeadline::window)
                .toList();
    }

    public boolean isEmpty() {
        return longOverdue.isEmpty() && overdue.isEmpty() && dueThisWeek.isEmpty() && dueLater.isEmpty();
    }
}
