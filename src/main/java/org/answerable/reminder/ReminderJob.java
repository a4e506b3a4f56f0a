package org.answerable.reminder;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.answerable.account.AccountService;
import org.answerable.account.AppUser;
import org.answerable.account.Team;
import org.answerable.authority.Regime;
import org.answerable.deadline.DeadlineCalculator;
import org.answerable.deadline.HolidaysUnknownException;
import org.answerable.deadline.holidays.HolidayService;
import org.answerable.jobs.ClusterLock;
import org.answerable.mail.MailAccounts;
import org.answerable.mail.MailConnections;
import org.answerable.mail.OutgoingAccount;
import org.answerable.reminder.ReminderPlan.ReminderChoice;
import org.answerable.security.CurrentUser;
import org.answerable.timeline.DeadlineBoardService;
import org.answerable.timeline.UpcomingDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders people chose, through each team's own outgoing mail account. Every reminder
 * is first claimed in reminder_sent (unique on user, team and key) and only then sent: however many
 * app instances run this job, and even at the same moment, each reminder goes once. A send that
 * fails gives its claim back, so the next run tries again.
 */
@Component
class ReminderJob {

    static final String LOCK = "reminders";
    /** Reminder times are UK times (the digest "at 8:00" is 8:00 in London, summer or winter). */
    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final int HORIZON_DAYS = 60;

    private final ReminderPreferenceRepository preferences;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final DeadlineBoardService boards;
    private final HolidayService holidays;
    private final MailAccounts mailAccounts;
    private final MailConnections connections;
    private final UnsubscribeTokens tokens;
    private final JdbcTemplate jdbc;
    private final ClusterLock lock;
    private final Clock clock;
    private final String publicUrl;

    ReminderJob(ReminderPreferenceRepository preferences, AccountService accounts, CurrentUser currentUser,
            DeadlineBoardService boards, HolidayService holidays, MailAccounts mailAccounts, MailConnections connections,
            UnsubscribeTokens tokens, JdbcTemplate jdbc, ClusterLock lock, Clock clock,
            @Value("${answerable.public-url:http://localhost:8080/}") String publicUrl) {
        this.preferences = preferences;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.boards = boards;
        this.holidays = holidays;
        this.mailAccounts = mailAccounts;
        this.connections = connections;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.lock = lock;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @Scheduled(fixedDelayString = "${answerable.reminders.check:PT1M}", initialDelayString = "PT45S")
    void run() {
        lock.runAlone(LOCK, this::sendDue);
    }

    /** Sends what is due now; the number of reminders sent by this call. */
    int sendDue() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(UK));
        int sent = 0;
        for (ReminderPreference preference : preferences.findWanted()) {
            Optional<AppUser> user = accounts.activeUser(preference.getUserId());
            if (user.isEmpty()) {
                continue;
            }
            for (Team team : user.get().getTeams()) {
                try {
                    sent += sendFor(preference, team, now);
                } catch (RuntimeException e) {
                    log.warn("Reminders for user {} in team {} failed", preference.getUserId(), team.getId(), e);
                }
            }
        }
        return sent;
    }

    private int sendFor(ReminderPreference preference, Team team, LocalDateTime now) {
        Optional<OutgoingAccount> account = mailAccounts.outgoing(team.getId());
        if (account.isEmpty()) {
            return 0;
        }
        LocalDate today = now.toLocalDate();
        List<UpcomingDeadline> deadlines = currentUser.callAs(preference.getUserId(), team.getId(),
                () -> boards.deadlinesUpTo(today.plusDays(HORIZON_DAYS))).orElse(List.of());
        ReminderPlan plan = new ReminderPlan(today, now.toLocalTime(), team.getName(), publicUrl,
                day -> inWorkingDays(day, preference.getDaysBefore()));
        ReminderChoice choice = new ReminderChoice(preference.isDigestEnabled(), preference.getDigestTime(),
                preference.isDeadlineEnabled());
        String unsubscribe = publicUrl + "reminders/unsubscribe?t=" + tokens.tokenFor(preference.getUserId());
        int sent = 0;
        for (DueReminder reminder : plan.due(choice, deadlines, unsubscribe)) {
            if (claim(preference.getUserId(), team.getId(), reminder.key())) {
                try {
                    send(account.get(), preference.getEmail(), reminder, unsubscribe);
                    sent++;
                } catch (Exception e) {
                    release(preference.getUserId(), team.getId(), reminder.key());
                    log.warn("A reminder to user {} could not be sent: {}", preference.getUserId(), e.getMessage());
                }
            }
        }
        return sent;
    }

    private LocalDate inWorkingDays(LocalDate day, int workingDays) {
        try {
            DeadlineCalculator calculator = holidays.calculator(Regime.FOIA);
            return calculator.workingDaysAfter(day, workingDays).date();
        } catch (HolidaysUnknownException e) {
            return day.plusDays(workingDays + 2L * (workingDays / 5 + 1));
        }
    }

    /** True for the one caller (of any instance) that records the reminder first. */
    private boolean claim(Long userId, Long teamId, String key) {
        try {
            jdbc.update("insert into reminder_sent (user_id, team_id, reminder_key, sent_at) values (?, ?, ?, ?)",
                    userId, teamId, key, java.sql.Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
    }

    private void release(Long userId, Long teamId, String key) {
        jdbc.update("delete from reminder_sent where user_id = ? and team_id = ? and reminder_key = ?", userId, teamId, key);
    }

    private void send(OutgoingAccount account, String to, DueReminder reminder, String unsubscribe) throws Exception {
        JavaMailSenderImpl sender = connections.sender(account);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(account.fromAddress(), account.fromName() == null ? "Answerable" : account.fromName());
        helper.setTo(to);
        helper.setSubject(reminder.subject());
        helper.setText(reminder.body());
        // RFC 8058: mail programs show their own unsubscribe button, which posts to the link.
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        sender.send(message);
    }
}
