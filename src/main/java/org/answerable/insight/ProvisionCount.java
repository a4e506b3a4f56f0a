package org.answerable.insight;

/**
 * How many refused and partly refused answers cite one provision. An answer citing two provisions
 * counts under both, as the authority relied on both.
 *
 * @param code the catalogue code, e.g. "FOIA-s12"
 * @param label what a campaigner reads, e.g. "FOIA section 12 – Cost of compliance exceeds the appropriate limit"
 */
public record ProvisionCount(String code, String label, long refused, long partlyRefused) {

    /** What the refusals view lists when filtered to this provision. */
    public long answers() {
        return refused + partlyRefused;
    }
}
