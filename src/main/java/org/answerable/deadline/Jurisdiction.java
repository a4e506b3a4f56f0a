package org.answerable.deadline;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.answerable.authority.Regime;

/**
 * A part of the UK with its own bank-holiday list, keyed as in GOV.UK's bank-holidays.json
 * ("divisions"). Wales shares England's list under the Banking and Financial Dealings Act 1971.
 */
public enum Jurisdiction {
    ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
    SCOTLAND("scotland", "Scotland"),
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String key;
    private final String displayName;

    Jurisdiction(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** The GOV.UK division key, e.g. "england-and-wales". */
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Jurisdiction> fromKey(String key) {
        return Arrays.stream(values()).filter(j -> j.key.equals(key)).findFirst();
    }

    /**
     * The holiday lists whose days are not working days for a regime: FOIA s10(6) and the EIR
     * exclude a bank holiday in any part of the UK; FOISA s73 (and the EISR) only Scottish ones
     * (FOI_RULES §0, §1.2, §4).
     */
    public static Set<Jurisdiction> countedFor(Regime regime) {
        return regime.isScottish() ? EnumSet.of(SCOTLAND) : EnumSet.allOf(Jurisdiction.class);
    }
}
