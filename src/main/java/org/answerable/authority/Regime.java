package org.answerable.authority;

/**
 * The access-to-information law a request is made under. The Scottish regimes count working days
 * on the Scottish bank-holiday calendar only (FOISA s73); the others on the union of all UK lists
 * (FOIA s10(6)).
 */
public enum Regime {
    FOIA("Freedom of Information Act 2000", false),
    EIR("Environmental Information Regulations 2004", false),
    FOISA("Freedom of Information (Scotland) Act 2002", true),
    EISR("Environmental Information (Scotland) Regulations 2004", true);

    private final String fullName;
    private final boolean scottish;

    Regime(String fullName, boolean scottish) {
        this.fullName = fullName;
        this.scottish = scottish;
    }

    public String fullName() {
        return fullName;
    }

    public boolean isScottish() {
        return scottish;
    }
}
