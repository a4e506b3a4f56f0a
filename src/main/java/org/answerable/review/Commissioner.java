package org.answerable.review;

import org.answerable.authority.Regime;

/** Who hears a complaint and who hears the appeal, by regime (FOI_RULES §3, §4). */
public enum Commissioner {
    ICO("Information Commissioner's Office", "First-tier Tribunal (Information Rights)"),
    SCOTTISH("Scottish Information Commissioner", "Court of Session");

    private final String displayName;
    private final String appealBody;

    Commissioner(String displayName, String appealBody) {
        this.displayName = displayName;
        this.appealBody = appealBody;
    }

    public static Commissioner forRegime(Regime regime) {
        return regime.isScottish() ? SCOTTISH : ICO;
    }

    public String displayName() {
        return displayName;
    }

    public String appealBody() {
        return appealBody;
    }
}
