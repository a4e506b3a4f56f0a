package org.answerable.reply;

/**
 * How a provision works against disclosure, after FOI_RULES §5: an absolute exemption needs no
 * public interest test; a qualified one applies only when the public interest in withholding
 * outweighs that in disclosure; a procedural provision (cost limit, vexatious, not held, refusal
 * notice) is no exemption at all. Some sections are absolute in one limb and qualified in another.
 */
public enum Nature {
    ABSOLUTE("Absolute"),
    QUALIFIED("Qualified (public interest test)"),
    PROCEDURAL("Procedural"),
    /** Absolute for some limbs only, e.g. FOIA s36 (Houses of Parliament), s37(1)(a)–(ab), s40. */
    MIXED("Partly absolute");

    private final String label;

    Nature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the authority should have weighed the public interest before refusing. */
    public boolean mayNeedPublicInterestTest() {
        return this == QUALIFIED || this == MIXED;
    }
}
