package org.answerable.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** When a team's mailbox was last read, and what went wrong, for every app instance to see. */
@Entity
@Table(name = "mailbox_check")
public class MailboxCheck {

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "last_checked_at")
    private Instant lastCheckedAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_problem", length = 1000)
    private String lastProblem;

    @Column(name = "filed_count", nullable = false)
    private int filedCount;

    @Version
    private long version;

    protected MailboxCheck() {
    }

    MailboxCheck(Long teamId) {
        this.teamId = teamId;
    }

    void record(Instant checkedAt, PollResult result) {
        lastCheckedAt = checkedAt;
        if (result.reached()) {
            lastSuccessAt = checkedAt;
        }
        lastProblem = result.problems().isEmpty() ? null : IncomingMail.limit(String.join(" ", result.problems()), 1000);
        filedCount += result.filed();
    }

    boolean isDue(Instant now, int pollMinutes) {
        return lastCheckedAt == null || !lastCheckedAt.plusSeconds(pollMinutes * 60L).isAfter(now);
    }

    public Instant getLastCheckedAt() { return lastCheckedAt; }
    public Instant getLastSuccessAt() { return lastSuccessAt; }
    public String getLastProblem() { return lastProblem; }
}
