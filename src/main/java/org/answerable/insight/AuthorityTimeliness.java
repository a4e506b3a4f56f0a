package org.answerable.insight;

/**
 * Whether one authority responded within the statutory time. A request counts as responded when a
 * reply was received (a response letter, or "reply received" on its timeline, the same event that
 * stops the deadline clock); on time when the first such reply came on or before its response due
 * date. Requests not yet due, closed without a reply, or marked answered without a dated reply are
 * left out of the rate.
 */
public record AuthorityTimeliness(Long authorityId, String authorityName, long onTime, long late, long overdue) {

    /** Requests whose response was due by today. */
    public long due() {
        return onTime + late + overdue;
    }

    /** Share answered on time among those due, 0 to 1; 0 when none is due yet. */
    public double onTimeRate() {
        return due() == 0 ? 0 : (double) onTime / due();
    }
}
