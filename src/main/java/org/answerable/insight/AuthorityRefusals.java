package org.answerable.insight;

/**
 * One authority's answers by what it did with the questions. "Refused" is refused, not held or
 * neither confirm nor deny; "partly refused" is partly answered; "answered" is answered in full;
 * the rest (redirected, clarification sought, not addressed) count only in the total.
 */
public record AuthorityRefusals(Long authorityId, String authorityName, long refused, long partlyRefused,
        long answered, long total) {

    /** Refused outright or in part, the answers its refusals view lists. */
    public long refusals() {
        return refused + partlyRefused;
    }

    /** Share of its answers refused outright or in part, 0 to 1; 0 when it answered nothing yet. */
    public double refusalRate() {
        return total == 0 ? 0 : (double) refusals() / total;
    }
}
