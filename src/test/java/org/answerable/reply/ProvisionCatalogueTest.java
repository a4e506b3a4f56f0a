package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue against the exemption table of FOI_RULES §5 and the procedural refusals of §1.8. */
class ProvisionCatalogueTest {

    @ParameterizedTest(name = "FOIA {0}: {1}, Scottish equivalent {2}")
    @CsvSource(delimiter = '|', textBlock = """
            s21    | ABSOLUTE  | FOISA s25
            s22    | QUALIFIED | FOISA s27
            s22A   | QUALIFIED | No FOISA equivalent
            s23    | ABSOLUTE  | No FOISA equivalent
            s24    | QUALIFIED | FOISA s31(1)
            s26    | QUALIFIED | FOISA s31(4)
            s27    | QUALIFIED | FOISA s32
            s28    | QUALIFIED | FOISA s28
            s29    | QUALIFIED | FOISA s33(2)
            s30    | QUALIFIED | FOISA s34
            s31    | QUALIFIED | FOISA s35
            s32    | ABSOLUTE  | FOISA s37
            s33    | QUALIFIED | FOISA s40
            s34    | ABSOLUTE  | No FOISA equivalent
            s35    | QUALIFIED | FOISA s29
            s36    | MIXED     | FOISA s30
            s37    | MIXED     | FOISA s41
            s38    | QUALIFIED | FOISA s39(1)
            s39    | QUALIFIED | FOISA s39(2)
            s40    | MIXED     | FOISA s38
            s40(1) | ABSOLUTE  | FOISA s38(1)(a)
            s40(2) | MIXED     | FOISA s38(1)(b)
            s41    | ABSOLUTE  | FOISA s36(2)
            s42    | QUALIFIED | FOISA s36(1)
            s43    | QUALIFIED | FOISA s33(1)
            s44    | ABSOLUTE  | FOISA s26
            """)
    void every_part_two_exemption_is_listed_with_its_nature_and_scottish_equivalent(String section, Nature nature,
            String equivalent) {
        Provision provision = ProvisionCatalogue.byCode("FOIA-" + section).orElseThrow();

        assertThat(provision.regime()).isEqualTo(Regime.FOIA);
        assertThat(provision.nature()).isEqualTo(nature);
        assertThat(provision.citation()).isEqualTo("section " + section.substring(1));
        assertThat(provision.note()).hasValueSatisfying(note -> assertThat(note).contains(equivalent));
    }

    @ParameterizedTest(name = "{0} is a {1} provision")
    @CsvSource(delimiter = '|', textBlock = """
            FOIA-s1(1)(a)  | Information not held
            FOIA-s12       | Cost of compliance exceeds the appropriate limit
            FOIA-s14(1)    | Vexatious request
            FOIA-s14(2)    | Repeated request
            FOIA-s17       | Refusal notice
            FOISA-s12      | Cost of compliance exceeds the prescribed limit
            FOISA-s14(1)   | Vexatious request
            FOISA-s14(2)   | Repeated request
            FOISA-s17      | Information not held
            """)
    void procedural_refusals_are_listed_as_procedural(String code, String shortName) {
        Provision provision = ProvisionCatalogue.byCode(code).orElseThrow();

        assertThat(provision.shortName()).isEqualTo(shortName);
        assertThat(provision.nature()).isEqualTo(Nature.PROCEDURAL);
    }

    @Test
    void the_eir_exceptions_run_from_12_4_a_to_12_5_g_with_personal_data_and_ncnd() {
        assertThat(ProvisionCatalogue.forRegime(Regime.EIR)).extracting(Provision::code).containsExactly(
                "EIR-r12(4)(a)", "EIR-r12(4)(b)", "EIR-r12(4)(c)", "EIR-r12(4)(d)", "EIR-r12(4)(e)",
                "EIR-r12(5)(a)", "EIR-r12(5)(b)", "EIR-r12(5)(c)", "EIR-r12(5)(d)", "EIR-r12(5)(e)", "EIR-r12(5)(f)",
                "EIR-r12(5)(g)", "EIR-r12(6)", "EIR-r13", "EIR-r13(5A)");
        assertThat(ProvisionCatalogue.byCode("EIR-r12(4)(b)").orElseThrow().citation()).isEqualTo("regulation 12(4)(b)");
        assertThat(ProvisionCatalogue.byCode("EIR-r12(6)").orElseThrow().meansNeitherConfirmNorDeny()).isTrue();
        assertThat(ProvisionCatalogue.byCode("EIR-r13(5A)").orElseThrow().meansNeitherConfirmNorDeny()).isTrue();
    }

    @Test
    void the_scottish_act_lists_the_equivalents_of_the_table() {
        assertThat(ProvisionCatalogue.forRegime(Regime.FOISA)).extracting(Provision::code).contains(
                "FOISA-s12", "FOISA-s14(1)", "FOISA-s14(2)", "FOISA-s17", "FOISA-s25", "FOISA-s26", "FOISA-s27", "FOISA-s28",
                "FOISA-s29", "FOISA-s30", "FOISA-s31(1)", "FOISA-s31(4)", "FOISA-s32", "FOISA-s33(1)", "FOISA-s33(2)",
                "FOISA-s34", "FOISA-s35", "FOISA-s36(1)", "FOISA-s36(2)", "FOISA-s37", "FOISA-s38", "FOISA-s38(1)(b)",
                "FOISA-s39(1)", "FOISA-s39(2)", "FOISA-s40", "FOISA-s41");
        assertThat(ProvisionCatalogue.forRegime(Regime.FOISA)).filteredOn(p -> p.nature() == Nature.ABSOLUTE)
                .extracting(Provision::code).containsExactly("FOISA-s25", "FOISA-s26", "FOISA-s36(2)", "FOISA-s37");
    }

    @Test
    void every_scottish_environmental_exception_carries_the_unverified_numbering_warning() {
        List<Provision> eisr = ProvisionCatalogue.forRegime(Regime.EISR);

        assertThat(eisr).extracting(Provision::code).contains("EISR-r10(4)(a)", "EISR-r10(4)(e)", "EISR-r10(5)(a)",
                "EISR-r10(5)(g)", "EISR-r11");
        assertThat(eisr).hasSize(13).allSatisfy(p -> assertThat(p.note()).hasValueSatisfying(n -> assertThat(n).contains("⚠")));
    }

    @Test
    void only_qualified_and_partly_absolute_provisions_call_for_a_public_interest_test() {
        assertThat(ProvisionCatalogue.all()).filteredOn(p -> p.nature().mayNeedPublicInterestTest())
                .extracting(Provision::code).contains("FOIA-s43", "FOIA-s40(2)", "EIR-r12(5)(e)")
                .doesNotContain("FOIA-s12", "FOIA-s21", "FOIA-s41", "FOISA-s25");
    }

    @Test
    void codes_are_unique_and_name_their_regime() {
        List<Provision> all = ProvisionCatalogue.all();

        assertThat(all).extracting(Provision::code).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(p -> assertThat(p.code()).startsWith(p.regime().name() + "-"));
    }

    @ParameterizedTest(name = "{0} reads {1} on a chip")
    @CsvSource(delimiter = '|', textBlock = """
            FOIA-s40(2)      | s40(2)
            FOIA-s12         | s12
            FOIA-s1(1)(a)    | s1(1)(a)
            EIR-r12(4)(b)    | r12(4)(b)
            FOISA-s38(1)(b)  | s38(1)(b)
            """)
    void a_chip_shows_the_citation_as_campaigners_write_it(String code, String chip) {
        assertThat(ProvisionCatalogue.byCode(code).orElseThrow().shortCitation()).isEqualTo(chip);
    }

    @Test
    void an_unknown_code_finds_nothing() {
        assertThat(ProvisionCatalogue.byCode("FOIA-s99")).isEmpty();
        assertThat(ProvisionCatalogue.byCode(null)).isEmpty();
    }

    @Test
    void a_reply_in_england_may_cite_both_the_act_and_the_regulations() {
        assertThat(ProvisionCatalogue.citableUnder(Regime.FOIA)).extracting(Provision::regime)
                .containsOnly(Regime.FOIA, Regime.EIR);
        assertThat(ProvisionCatalogue.citableUnder(Regime.EISR)).extracting(Provision::regime)
                .containsOnly(Regime.FOISA, Regime.EISR);
    }

    @Test
    void provisions_say_what_they_mean_for_the_outcome() {
        Provision notHeld = ProvisionCatalogue.byCode("FOIA-s1(1)(a)").orElseThrow();
        Provision notice = ProvisionCatalogue.byCode("FOIA-s17").orElseThrow();
        Provision accessible = ProvisionCatalogue.byCode("FOIA-s21").orElseThrow();
        Provision cost = ProvisionCatalogue.byCode("FOIA-s12").orElseThrow();

        assertThat(notHeld.meansNotHeld()).isTrue();
        assertThat(notHeld.withholds()).isFalse();
        assertThat(notice.isRefusalNotice()).isTrue();
        assertThat(notice.withholds()).isFalse();
        assertThat(accessible.pointsElsewhere()).isTrue();
        assertThat(cost.isCostLimit()).isTrue();
        assertThat(cost.withholds()).isTrue();
        assertThat(cost.label()).isEqualTo("Section 12 – Cost of compliance exceeds the appropriate limit");
    }
}
