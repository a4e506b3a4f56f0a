package org.answerable.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.answerable.timeline.UpcomingDeadline;

/**
 * Which reminders a person is owed now, for one team, and their words. The digest goes once a day
 * from the time they chose (UK time); a deadline reminder once it is {@code daysBefore} working days
 * away or nearer, so a day the job could not run is made up the next. Plain rules: the job decides
 * who and when, this decides what.
 *
 * @param inWorkingDays the date a number of working days after today, on the UK-wide calendar
 */
public record ReminderPlan(LocalDate today, LocalTime timeNow, String teamName, String baseUrl,
        UnaryOperator<LocalDate> inWorkingDays) {

    static final int WINDOW_DAYS_AHEAD = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    public List<DueReminder> due(ReminderChoice choice, List<UpcomingDeadline> deadlines, String unsubscribeUrl) {
        List<DueReminder> due = new ArrayList<>();
        if (choice.digest() && !timeNow.isBefore(choice.digestTime())) {
            digest(deadlines, unsubscribeUrl).ifPresent(due::add);
        }
        if (choice.beforeDeadlines()) {
            LocalDate reach = inWorkingDays.apply(today);
            deadlines.stream()
                    .filter(d -> !d.date().isBefore(today) && !d.date().isAfter(reach))
                    .sorted(Comparator.comparing(UpcomingDeadline::date))
                    .forEach(d -> due.add(deadlineReminder(d, unsubscribeUrl)));
        }
        return due;
    }

    private java.util.Optional<DueReminder> digest(List<UpcomingDeadline> deadlines, String unsubscribeUrl) {
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<UpcomingDeadline> sorted = deadlines.stream().sorted(Comparator.comparing(UpcomingDeadline::date)).toList();
        List<UpcomingDeadline> overdue = sorted.stream().filter(d -> d.date().isBefore(today)).toList();
        List<UpcomingDeadline> windows = sorted.stream().filter(ReminderPlan::isWindow)
                .filter(d -> !d.date().isBefore(today) && !d.date().isAfter(today.plusDays(WINDOW_DAYS_AHEAD))).toList();
        List<UpcomingDeadline> thisWeek = sorted.stream().filter(d -> !isWindow(d))
                .filter(d -> !d.date().isBefore(today) && !d.date().isAfter(endOfWeek)).toList();
        if (overdue.isEmpty() && windows.isEmpty() && thisWeek.isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder body = new StringBuilder("Deadlines of " + teamName + " on " + DAY.format(today) + ".\n");
        section(body, "Overdue", overdue);
        section(body, "Due this week", thisWeek);
        section(body, "Windows closing in the next " + WINDOW_DAYS_AHEAD + " days", windows);
        body.append(footer(unsubscribeUrl));
        String subject = "Answerable: " + overdue.size() + " overdue, " + thisWeek.size() + " due this week ("
                + teamName + ")";
        return java.util.Optional.of(new DueReminder("digest:" + today, subject, body.toString()));
    }

    private DueReminder deadlineReminder(UpcomingDeadline d, String unsubscribeUrl) {
        String when = d.date().equals(today) ? "today" : "on " + DAY.format(d.date());
        String body = d.what() + " " + when + ":\n\n" + line(d) + "\n" + footer(unsubscribeUrl);
        return new DueReminder("deadline:" + d.requestId() + ":" + d.what() + ":" + d.date(),
                d.what() + " " + when + ": " + d.requestTitle(), body);
    }

    private void section(StringBuilder body, String title, List<UpcomingDeadline> items) {
        if (items.isEmpty()) {
            return;
        }
        body.append("\n").append(title).append(" (").append(items.size()).append(")\n");
        items.forEach(d -> body.append(line(d)));
    }

    private String line(UpcomingDeadline d) {
        return "- " + DAY.format(d.date()) + " · " + d.what() + " · " + d.requestTitle() + " (" + d.authorityName()
                + ")\n  " + baseUrl + "requests/" + d.requestId() + "\n";
    }

    private static String footer(String unsubscribeUrl) {
        return "\nYou chose these reminders on My account in Answerable.\nStop all reminder emails with one click: "
                + unsubscribeUrl + "\n";
    }

    /** The campaigner's own chances to act (review, complaint, appeal), which close rather than fall due. */
    private static boolean isWindow(UpcomingDeadline d) {
        return d.what().toLowerCase(Locale.ROOT).contains("window");
    }

    /** What a person chose on My account. */
    public record ReminderChoice(boolean digest, LocalTime digestTime, boolean beforeDeadlines) {
    }
}
