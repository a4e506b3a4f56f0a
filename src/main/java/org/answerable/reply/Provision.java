package org.answerable.reply;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.answerable.authority.Regime;

/**
 * A provision an authority can cite against a question: an exemption or exception, a procedural
 * refusal, or the markers of a refusal notice and of information not held.
 *
 * @param code stable key stored with answers: regime, "s" or "r", then the provision as cited,
 *     e.g. "FOIA-s40(2)", "EIR-r12(4)(b)", "FOISA-s38(1)(b)"
 * @param citation how letters write it, e.g. "section 40(2)", "regulation 12(4)(b)"
 * @param note the equivalent in the sister regime, or a caveat from FOI_RULES (e.g. unverified)
 */
public record Provision(String code, Regime regime, String citation, String shortName, Nature nature,
        Optional<String> note) {

    // Codes whose citation means "we do not hold it" rather than "we will not give it".
    private static final Set<String> NOT_HELD = Set.of("FOIA-s1(1)(a)", "EIR-r12(4)(a)", "FOISA-s17", "EISR-r10(4)(a)");
    // s21 (FOISA s25) refuses because the requester can get the information elsewhere.
    private static final Set<String> ELSEWHERE = Set.of("FOIA-s21", "FOISA-s25");
    // Markers of a neither-confirm-nor-deny response.
    private static final Set<String> NCND = Set.of("EIR-r12(6)", "EIR-r13(5A)");
    // A refusal notice is the letter's form, not a reason for refusing; the right of access and
    // the duty to advise are no reasons either.
    private static final Set<String> NOTICE = Set.of("FOIA-s17", "FOIA-s1", "FOISA-s1", "FOIA-s16", "FOISA-s15");
    // The cost limit: FOIA s12, FOISA s12; under the EIR cost is argued as manifestly unreasonable.
    private static final Set<String> COST = Set.of("FOIA-s12", "FOISA-s12", "EIR-r12(4)(b)", "EISR-r10(4)(b)");

    public Provision {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(nature, "nature");
        note = note == null ? Optional.empty() : note;
    }

    /** For pickers: "Section 40(2) – Personal information". */
    public String label() {
        return citation.substring(0, 1).toUpperCase(Locale.ROOT) + citation.substring(1) + " – " + shortName;
    }

    public boolean meansNotHeld() {
        return within(NOT_HELD);
    }

    public boolean pointsElsewhere() {
        return within(ELSEWHERE);
    }

    public boolean meansNeitherConfirmNorDeny() {
        return within(NCND);
    }

    /** A refusal notice (s17 and its limbs), or a procedural section that refuses nothing (s1, s16). */
    public boolean isRefusalNotice() {
        return within(NOTICE) && !meansNotHeld();
    }

    public boolean isCostLimit() {
        return within(COST);
    }

    /** The code or one of its limbs: "FOIA-s17(5)" is within "FOIA-s17". */
    private boolean within(Set<String> codes) {
        return codes.stream().anyMatch(c -> code.equals(c) || code.startsWith(c + "("));
    }

    /** A reason for withholding information the authority holds. */
    public boolean withholds() {
        return !meansNotHeld() && !pointsElsewhere() && !isRefusalNotice();
    }
}
