package org.answerable.reply;

import static org.answerable.reply.Nature.ABSOLUTE;
import static org.answerable.reply.Nature.MIXED;
import static org.answerable.reply.Nature.PROCEDURAL;
import static org.answerable.reply.Nature.QUALIFIED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.answerable.authority.Regime;

/**
 * The provisions authorities cite, per FOI_RULES §1.8 and §5. A section's parent ("FOIA-s40") is
 * listed beside its limbs ("FOIA-s40(1)", "FOIA-s40(2)") so that a letter citing only the section,
 * or a limb not listed here, still maps to something a campaigner can count.
 */
public final class ProvisionCatalogue {

    private static final String EISR_NUMBERING = "⚠ EISR regulation numbering not verified in FOI_RULES §4";
    private static final String NOT_FOR_EMISSIONS = "Cannot be used for information on emissions";
    private static final Map<String, Provision> BY_CODE = new LinkedHashMap<>();

    static {
        foia("s1", "General right of access", PROCEDURAL, "The duties to confirm or deny and to communicate; FOISA s1");
        foia("s1(1)(a)", "Information not held", PROCEDURAL, "The duty to say whether information is held; FOISA s17");
        foia("s16", "Advice and assistance", PROCEDURAL, "FOISA s15");
        foia("s12", "Cost of compliance exceeds the appropriate limit", PROCEDURAL,
                "£450 (18 hours) for most authorities, £600 (24 hours) for central government; FOISA s12");
        foia("s14", "Vexatious or repeated request", PROCEDURAL, "FOISA s14");
        foia("s14(1)", "Vexatious request", PROCEDURAL, "FOISA s14(1)");
        foia("s14(2)", "Repeated request", PROCEDURAL, "No public interest test; FOISA s14(2)");
        foia("s17", "Refusal notice", PROCEDURAL, "Marks the letter as a refusal notice; not itself a reason");
        foia("s21", "Reasonably accessible by other means", ABSOLUTE, "FOISA s25 (absolute)");
        foia("s22", "Intended for future publication", QUALIFIED, "FOISA s27 (publication within 12 weeks)");
        foia("s22A", "Ongoing research", QUALIFIED, "No FOISA equivalent");
        foia("s23", "Security bodies", ABSOLUTE, "No FOISA equivalent");
        foia("s24", "National security", QUALIFIED, "FOISA s31(1)");
        foia("s26", "Defence", QUALIFIED, "FOISA s31(4)");
        foia("s27", "International relations", QUALIFIED, "FOISA s32");
        foia("s28", "Relations within the United Kingdom", QUALIFIED, "FOISA s28");
        foia("s29", "The economy", QUALIFIED, "FOISA s33(2)");
        foia("s30", "Investigations and proceedings", QUALIFIED, "FOISA s34");
        foia("s31", "Law enforcement", QUALIFIED, "FOISA s35");
        foia("s32", "Court records", ABSOLUTE, "FOISA s37 (absolute)");
        foia("s33", "Audit functions", QUALIFIED, "FOISA s40");
        foia("s34", "Parliamentary privilege", ABSOLUTE, "No FOISA equivalent");
        foia("s35", "Formulation of government policy", QUALIFIED, "FOISA s29");
        foia("s36", "Prejudice to effective conduct of public affairs", MIXED,
                "Absolute for information held by the House of Commons or Lords; FOISA s30");
        foia("s37", "Royal communications and honours", MIXED,
                "Absolute for the Sovereign, heir and second in line (s37(1)(a)–(ab), since 2010); FOISA s41");
        foia("s38", "Health and safety", QUALIFIED, "FOISA s39(1)");
        foia("s39", "Environmental information (dealt with under the EIR)", QUALIFIED, "FOISA s39(2)");
        foia("s40", "Personal information", MIXED, "FOISA s38 (absolute in part)");
        foia("s40(1)", "The requester's own personal data", ABSOLUTE, "FOISA s38(1)(a)");
        foia("s40(2)", "Third-party personal data", MIXED,
                "Absolute where disclosure would breach the data protection principles, other limbs qualified; FOISA s38(1)(b)");
        foia("s41", "Provided in confidence", ABSOLUTE, "FOISA s36(2) (absolute)");
        foia("s42", "Legal professional privilege", QUALIFIED, "FOISA s36(1)");
        foia("s43", "Commercial interests and trade secrets", QUALIFIED, "FOISA s33(1)");
        foia("s44", "Prohibited by law", ABSOLUTE, "FOISA s26 (absolute)");

        eir("r12(4)(a)", "Information not held", QUALIFIED, "FOIA s1(1)(a)");
        eir("r12(4)(b)", "Manifestly unreasonable", QUALIFIED, "Also how cost is argued under the EIR; FOIA s12 and s14");
        eir("r12(4)(c)", "Formulated in too general a manner", QUALIFIED, "Only after advice and assistance under reg 9");
        eir("r12(4)(d)", "Unfinished material or incomplete data", QUALIFIED, null);
        eir("r12(4)(e)", "Internal communications", QUALIFIED, null);
        eir("r12(5)(a)", "International relations, defence, national security or public safety", QUALIFIED, null);
        eir("r12(5)(b)", "Course of justice, fair trial, criminal or disciplinary inquiries", QUALIFIED, null);
        eir("r12(5)(c)", "Intellectual property rights", QUALIFIED, null);
        eir("r12(5)(d)", "Confidentiality of proceedings", QUALIFIED, NOT_FOR_EMISSIONS);
        eir("r12(5)(e)", "Commercial or industrial confidentiality", QUALIFIED, NOT_FOR_EMISSIONS);
        eir("r12(5)(f)", "Interests of a voluntary supplier of information", QUALIFIED, NOT_FOR_EMISSIONS);
        eir("r12(5)(g)", "Protection of the environment", QUALIFIED, NOT_FOR_EMISSIONS);
        eir("r12(6)", "Neither confirm nor deny (reg 12(5)(a) interests)", QUALIFIED,
                "The EIR allow neither-confirm-nor-deny only here and in reg 13(5A)/(5B)");
        eir("r13", "Third-party personal data", MIXED,
                "Mirrors FOIA s40(2); ⚠ its nature is by analogy, FOI_RULES does not state it");
        eir("r13(5A)", "Neither confirm nor deny (personal data)", MIXED, "With reg 13(5B); mirrors FOIA s40(5B)");

        foisa("s1", "General entitlement", PROCEDURAL, "FOIA s1");
        foisa("s15", "Advice and assistance", PROCEDURAL, "FOIA s16");
        foisa("s12", "Cost of compliance exceeds the prescribed limit", PROCEDURAL, "£600 limit, staff time at £15 an hour; FOIA s12");
        foisa("s14", "Vexatious or repeated request", PROCEDURAL, "FOIA s14");
        foisa("s14(1)", "Vexatious request", PROCEDURAL, "FOIA s14(1)");
        foisa("s14(2)", "Repeated request", PROCEDURAL, "FOIA s14(2)");
        foisa("s17", "Information not held", PROCEDURAL, "FOISA's notice that information is not held; FOIA s1(1)(a)");
        foisa("s25", "Otherwise accessible", ABSOLUTE, "FOIA s21");
        foisa("s26", "Prohibitions on disclosure", ABSOLUTE, "FOIA s44");
        foisa("s27", "Intended for future publication", QUALIFIED, "Publication must be within 12 weeks; FOIA s22");
        foisa("s28", "Relations within the United Kingdom", QUALIFIED, "FOIA s28");
        foisa("s29", "Formulation of Scottish Administration policy", QUALIFIED, "FOIA s35");
        foisa("s30", "Prejudice to effective conduct of public affairs", QUALIFIED, "FOIA s36");
        foisa("s31", "National security and defence", QUALIFIED, null);
        foisa("s31(1)", "National security", QUALIFIED, "FOIA s24");
        foisa("s31(4)", "Defence", QUALIFIED, "FOIA s26");
        foisa("s32", "International relations", QUALIFIED, "FOIA s27");
        foisa("s33", "Commercial interests and the economy", QUALIFIED, null);
        foisa("s33(1)", "Commercial interests", QUALIFIED, "FOIA s43");
        foisa("s33(2)", "The economy", QUALIFIED, "FOIA s29");
        foisa("s34", "Investigations and proceedings", QUALIFIED, "FOIA s30");
        foisa("s35", "Law enforcement", QUALIFIED, "FOIA s31");
        foisa("s36", "Confidentiality", MIXED, "s36(1) qualified, s36(2) absolute");
        foisa("s36(1)", "Confidentiality of communications (legal privilege)", QUALIFIED, "FOIA s42");
        foisa("s36(2)", "Provided in confidence", ABSOLUTE, "FOIA s41");
        foisa("s37", "Court records", ABSOLUTE, "FOIA s32");
        foisa("s38", "Personal information", MIXED, "Parts of s38(1) are absolute; FOIA s40");
        foisa("s38(1)(a)", "The requester's own personal data", MIXED,
                "FOIA s40(1); ⚠ FOI_RULES says only 'parts of s38(1)' are absolute, without naming them");
        foisa("s38(1)(b)", "Third-party personal data", MIXED,
                "FOIA s40(2); ⚠ FOI_RULES says only 'parts of s38(1)' are absolute, without naming them");
        foisa("s39", "Health, safety and the environment", QUALIFIED, null);
        foisa("s39(1)", "Health and safety", QUALIFIED, "FOIA s38");
        foisa("s39(2)", "Environmental information (dealt with under the EISR)", QUALIFIED, "FOIA s39");
        foisa("s40", "Audit functions", QUALIFIED, "FOIA s33");
        foisa("s41", "Communications with the Royal Family and honours", QUALIFIED, "FOIA s37");

        eisr("r10(4)(a)", "Information not held");
        eisr("r10(4)(b)", "Manifestly unreasonable");
        eisr("r10(4)(c)", "Formulated in too general a manner");
        eisr("r10(4)(d)", "Unfinished material or incomplete data");
        eisr("r10(4)(e)", "Internal communications");
        eisr("r10(5)(a)", "International relations, defence, national security or public safety");
        eisr("r10(5)(b)", "Course of justice, fair trial, criminal or disciplinary inquiries");
        eisr("r10(5)(c)", "Intellectual property rights");
        eisr("r10(5)(d)", "Confidentiality of proceedings");
        eisr("r10(5)(e)", "Commercial or industrial confidentiality");
        eisr("r10(5)(f)", "Interests of a voluntary supplier of information");
        eisr("r10(5)(g)", "Protection of the environment");
        add(Regime.EISR, "r11", "Third-party personal data", MIXED, "Mirrors EIR reg 13; " + EISR_NUMBERING);
    }

    private ProvisionCatalogue() {
    }

    public static List<Provision> all() {
        return List.copyOf(BY_CODE.values());
    }

    /**
     * The provision with this code; a limb not listed ("FOIA-s31(1)(a)", "FOIA-s40(5A)") keeps
     * its precision and takes its name and nature from its nearest listed section.
     */
    public static Optional<Provision> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Provision listed = BY_CODE.get(code);
        if (listed != null) {
            return Optional.of(listed);
        }
        for (String parent = code; parent.endsWith(")"); ) {
            parent = parent.substring(0, parent.lastIndexOf('('));
            Provision ancestor = BY_CODE.get(parent);
            if (ancestor != null) {
                String limb = code.substring(code.indexOf('-') + 2);
                String citation = ancestor.citation().substring(0, ancestor.citation().indexOf(' ') + 1) + limb;
                return Optional.of(new Provision(code, ancestor.regime(), citation, ancestor.shortName(), ancestor.nature(),
                        Optional.of("As cited; listed under " + ancestor.citation())));
            }
        }
        return Optional.empty();
    }

    /** The provisions of one regime only. */
    public static List<Provision> forRegime(Regime regime) {
        return BY_CODE.values().stream().filter(p -> p.regime() == regime).toList();
    }

    /**
     * What a reply to a request under this regime may cite: an authority answers a FOIA request
     * under the EIR when the information turns out to be environmental, and vice versa, so the
     * regime's sister law comes too (FOISA with EISR in Scotland).
     */
    public static List<Provision> citableUnder(Regime regime) {
        return BY_CODE.values().stream().filter(p -> p.regime().isScottish() == regime.isScottish()).toList();
    }

    /** Codes listed under the given one, e.g. "FOIA-s40(1)" and "FOIA-s40(2)" under "FOIA-s40". */
    static List<Provision> limbsOf(String code) {
        List<Provision> limbs = new ArrayList<>();
        BY_CODE.forEach((c, p) -> {
            if (c.startsWith(code + "(")) {
                limbs.add(p);
            }
        });
        return Collections.unmodifiableList(limbs);
    }

    private static void foia(String provision, String shortName, Nature nature, String note) {
        add(Regime.FOIA, provision, shortName, nature, note);
    }

    private static void eir(String provision, String shortName, Nature nature, String note) {
        add(Regime.EIR, provision, shortName, nature, note);
    }

    private static void foisa(String provision, String shortName, Nature nature, String note) {
        add(Regime.FOISA, provision, shortName, nature, note);
    }

    private static void eisr(String provision, String shortName) {
        add(Regime.EISR, provision, shortName, QUALIFIED, EISR_NUMBERING);
    }

    private static void add(Regime regime, String provision, String shortName, Nature nature, String note) {
        String code = regime.name() + "-" + provision;
        String citation = (provision.startsWith("s") ? "section " : "regulation ") + provision.substring(1);
        BY_CODE.put(code, new Provision(code, regime, citation, shortName, nature, Optional.ofNullable(note)));
    }
}
