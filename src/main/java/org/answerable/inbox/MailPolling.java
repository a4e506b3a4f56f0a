package org.answerable.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.answerable.jobs.ClusterLock;
import org.answerable.mail.IncomingAccount;
import org.answerable.mail.MailAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every team's mailbox when its interval has passed (default 5 minutes), and on demand.
 * Each team's reading holds a cluster-wide lock, and the time of the last reading is in the
 * database, so however many app instances run, a mailbox is read by one of them at a time.
 */
@Component
class MailPolling {

    private static final Logger log = LoggerFactory.getLogger(MailPolling.class);

    private final MailAccounts accounts;
    private final MailboxPoller poller;
    private final MailboxCheckRepository checks;
    private final ClusterLock lock;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailPolling(MailAccounts accounts, MailboxPoller poller, MailboxCheckRepository checks, ClusterLock lock,
            TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.poller = poller;
        this.checks = checks;
        this.lock = lock;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every minute each instance looks for mailboxes due; at most one of them reads each. */
    @Scheduled(fixedDelayString = "${answerable.mail.poll-check:PT1M}", initialDelayString = "PT30S")
    void pollDueMailboxes() {
        for (Long teamId : accounts.teamsWithIncomingMail()) {
            try {
                pollIfDue(teamId);
            } catch (RuntimeException e) {
                log.warn("Polling the mailbox of team {} failed", teamId, e);
            }
        }
    }

    /** Empty when the mailbox was not due, or another instance is reading it. */
    Optional<PollResult> pollIfDue(Long teamId) {
        int interval;
        try {
            interval = accounts.incoming(teamId).map(IncomingAccount::pollMinutes).orElse(0);
        } catch (RuntimeException unreadablePassword) {
            interval = 5;
        }
        int minutes = Math.max(1, interval);
        return lock.runAlone(lockName(teamId), () -> {
            MailboxCheck check = checks.findById(teamId).orElse(null);
            return check != null && !check.isDue(Instant.now(clock), minutes) ? null : pollAndRecord(teamId);
        });
    }

    /** "Check mail now": empty when another instance or person is reading the mailbox at this moment. */
    Optional<PollResult> pollNow(Long teamId) {
        return lock.runAlone(lockName(teamId), () -> pollAndRecord(teamId));
    }

    private PollResult pollAndRecord(Long teamId) {
        PollResult result = poller.poll(teamId);
        Instant now = Instant.now(clock);
        transactions.executeWithoutResult(status -> {
            MailboxCheck check = checks.findById(teamId).orElseGet(() -> new MailboxCheck(teamId));
            check.record(now, result);
            checks.save(check);
        });
        return result;
    }

    static String lockName(Long teamId) {
        return "mail-poll-team-" + teamId;
    }
}
