package org.answerable.authority;

import java.util.Arrays;
import java.util.Optional;

/** The UK nation an authority sits in; it decides which FOI law applies by default. */
public enum Nation {
    ENGLAND("England", Regime.FOIA),
    WALES("Wales", Regime.FOIA),
    SCOTLAND("Scotland", Regime.FOISA),
    NORTHERN_IRELAND("Northern Ireland", Regime.FOIA);

    private final String displayName;
    private final Regime defaultRegime;

    Nation(String displayName, Regime defaultRegime) {
        this.displayName = displayName;
        this.defaultRegime = defaultRegime;
    }

    public String displayName() {
        return displayName;
    }

    public Regime defaultRegime() {
        return defaultRegime;
    }

    public static Optional<Nation> fromDisplayName(String name) {
        return Arrays.stream(values()).filter(n -> n.displayName.equalsIgnoreCase(name.trim())).findFirst();
    }
}
