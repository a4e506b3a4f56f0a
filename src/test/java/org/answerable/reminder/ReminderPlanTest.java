package org.answerable.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.answerable.reminder.ReminderPlan.ReminderChoice;
import org.answerable.timeline.UpcomingDeadline;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {

    /** Monday 21 July 2025; three working days later is Thursday 24 July (no bank holiday that week). */
    static final LocalDate MONDAY = LocalDate.of(2025, 7, 21);
    static final String UNSUBSCRIBE = "https://answerable.example/reminders/unsubscribe?t=abc";

    static ReminderPlan at(LocalTime time) {
        return new ReminderPlan(MONDAY, time, "Children's rights", "https://answerable.example/",
                day -> day.plusDays(3));
    }

    static final List<UpcomingDeadline> DEADLINES = List.of(
            new UpcomingDeadline(1L, "Care placements", "Leeds City Council", "Response due", MONDAY.minusDays(3), null),
            new UpcomingDeadline(2L, "Exploitation", "Leicester City Council", "Response due", MONDAY.plusDays(2), null),
            new UpcomingDeadline(3L, "Budgets", "York Council", "Internal review window closes", MONDAY.plusDays(10), null),
            new UpcomingDeadline(4L, "Schools", "Derby Council", "Response due", MONDAY.plusDays(20), null));

    @Test
    void the_digest_lists_overdue_due_this_week_and_windows_closing_with_links_from_the_chosen_time() {
        ReminderChoice eightOClock = new ReminderChoice(true, LocalTime.of(8, 0), false);

        assertThat(at(LocalTime.of(7, 59)).due(eightOClock, DEADLINES, UNSUBSCRIBE)).isEmpty();
        List<DueReminder> due = at(LocalTime.of(8, 0)).due(eightOClock, DEADLINES, UNSUBSCRIBE);

        assertThat(due).singleElement().satisfies(digest -> {
            assertThat(digest.key()).isEqualTo("digest:2025-07-21");
            assertThat(digest.subject()).isEqualTo("Answerable: 1 overdue, 1 due this week (Children's rights)");
            assertThat(digest.body()).containsSubsequence(
                    "Overdue (1)", "Fri 18 Jul 2025 · Response due · Care placements (Leeds City Council)",
                    "https://answerable.example/requests/1",
                    "Due this week (1)", "Wed 23 Jul 2025 · Response due · Exploitation", "https://answerable.example/requests/2",
                    "Windows closing in the next 14 days (1)", "Thu 31 Jul 2025 · Internal review window closes · Budgets",
                    "https://answerable.example/requests/3", UNSUBSCRIBE);
            assertThat(digest.body()).doesNotContain("Schools");
        });
    }

    @Test
    void a_deadline_reminder_comes_once_the_deadline_is_the_chosen_working_days_away_or_nearer() {
        List<DueReminder> due = at(LocalTime.of(6, 0)).due(new ReminderChoice(false, LocalTime.of(8, 0), true),
                DEADLINES, UNSUBSCRIBE);

        assertThat(due).singleElement().satisfies(reminder -> {
            assertThat(reminder.key()).isEqualTo("deadline:2:Response due:2025-07-23");
            assertThat(reminder.subject()).isEqualTo("Response due on Wed 23 Jul 2025: Exploitation");
            assertThat(reminder.body()).contains("https://answerable.example/requests/2", UNSUBSCRIBE);
        });
    }

    @Test
    void nothing_to_report_sends_no_digest_and_reminders_are_off_unless_chosen() {
        assertThat(at(LocalTime.NOON).due(new ReminderChoice(true, LocalTime.of(8, 0), true), List.of(), UNSUBSCRIBE)).isEmpty();
        assertThat(at(LocalTime.NOON).due(new ReminderChoice(false, LocalTime.of(8, 0), false), DEADLINES, UNSUBSCRIBE)).isEmpty();
    }
}
