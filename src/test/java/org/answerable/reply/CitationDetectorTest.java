package org.answerable.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.answerable.authority.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationDetectorTest {

    private final CitationDetector detector = new CitationDetector();

    private List<String> codes(String text, Regime regime) {
        return detector.detect(text, regime).stream().map(c -> c.provision().code()).toList();
    }

    static Stream<Arguments> citations() {
        return Stream.of(
                Arguments.of("Section 12 of the Act makes provision for public authorities to refuse requests", Regime.FOIA,
                        List.of("FOIA-s12")),
                Arguments.of("This letter acts as a refusal notice under section 17.1 of the Freedom of Information Act 2000",
                        Regime.FOIA, List.of("FOIA-s17(1)")),
                Arguments.of("The names are withheld under s.40(2).", Regime.FOIA, List.of("FOIA-s40(2)")),
                Arguments.of("The names are withheld under s40(2).", Regime.FOIA, List.of("FOIA-s40(2)")),
                Arguments.of("The names are withheld under S.40 (2) FOIA.", Regime.FOIA, List.of("FOIA-s40(2)")),
                Arguments.of("We rely on Regulation 12(4)(b) (manifestly unreasonable).", Regime.FOIA, List.of("EIR-r12(4)(b)")),
                Arguments.of("Personal data is excepted under reg. 13.", Regime.EIR, List.of("EIR-r13")),
                Arguments.of("This is covered by the exemption under section 21 as it is on our website.", Regime.FOIA,
                        List.of("FOIA-s21")),
                Arguments.of("This information is not held, in accordance with section 1.1 of the Act.", Regime.FOIA,
                        List.of("FOIA-s1(1)")),
                Arguments.of("As section 1(1) requires, we confirm that the information is not held.", Regime.FOIA,
                        List.of("FOIA-s1(1)")),
                Arguments.of("We consider sections 40 and 41 apply.", Regime.FOIA, List.of("FOIA-s40", "FOIA-s41")),
                // Welsh letters: "adran" is a section, "Deddf Rhyddid Gwybodaeth" the FOI Act.
                Arguments.of("Mae adran 12(1) yn berthnasol fel gwybodaeth nad yw ar gael yn hawdd.", Regime.FOIA,
                        List.of("FOIA-s12(1)")),
                Arguments.of("Mae adran 1 o Ddeddf Rhyddid Gwybodaeth 2000 yn gosod dwy ddyletswydd ar awdurdodau cyhoeddus.",
                        Regime.FOIA, List.of("FOIA-s1")),
                Arguments.of("Section 1 of the Freedom of Information Act 2000 places two duties on public authorities.",
                        Regime.FOIA, List.of("FOIA-s1")),
                Arguments.of("Exempt under sections 40(2), 41 and 43.", Regime.FOIA, List.of("FOIA-s40(2)", "FOIA-s41", "FOIA-s43")),
                Arguments.of("Exempt under s40(2) and s.41.", Regime.FOIA, List.of("FOIA-s40(2)", "FOIA-s41")),
                Arguments.of("We neither confirm nor deny under section 40(5).", Regime.FOIA, List.of("FOIA-s40(5)")),
                Arguments.of("Withheld under section 36(2)(b)(i).", Regime.FOIA, List.of("FOIA-s36(2)(b)(i)")),
                Arguments.of("Withheld under section 22A as ongoing research.", Regime.FOIA, List.of("FOIA-s22A")),
                Arguments.of("The request is vexatious under section 14(1).", Regime.FOIA, List.of("FOIA-s14(1)")),
                Arguments.of("This is a repeated request (section 14.2).", Regime.FOIA, List.of("FOIA-s14(2)")),
                Arguments.of("Regulations 12(4)(b) and 12(5)(e) apply.", Regime.EIR, List.of("EIR-r12(4)(b)", "EIR-r12(5)(e)")),
                Arguments.of("We apply the exception at 12(5)(e) for commercial confidentiality.", Regime.EIR,
                        List.of("EIR-r12(5)(e)")),
                Arguments.of("Withheld under section 38(1)(b) of FOISA.", Regime.FOISA, List.of("FOISA-s38(1)(b)")),
                Arguments.of("Under section 17 of FOISA we give notice that the information is not held.", Regime.FOISA,
                        List.of("FOISA-s17")),
                Arguments.of("It is otherwise accessible, section 25.", Regime.FOISA, List.of("FOISA-s25")),
                Arguments.of("Section 31 applies.", Regime.FOISA, List.of("FOISA-s31")),
                Arguments.of("The information is not held (regulation 10(4)(a)).", Regime.EISR, List.of("EISR-r10(4)(a)")),
                Arguments.of("Regulation 11 applies to the names.", Regime.EISR, List.of("EISR-r11")),
                Arguments.of("Regulation 12(4)(a) applies as the information is not held.", Regime.EIR, List.of("EIR-r12(4)(a)")),
                // as written in the wild, at the precision written
                Arguments.of("The information is exempt under S30(3).", Regime.FOIA, List.of("FOIA-s30(3)")),
                Arguments.of("We rely on Section 40 (5A) to neither confirm nor deny.", Regime.FOIA, List.of("FOIA-s40(5A)")),
                Arguments.of("This is a formal refusal notice under Section 17[5] of the Act.", Regime.FOIA, List.of("FOIA-s17(5)")),
                Arguments.of("Section 31(1) (a)(b)(c) – Law Enforcement", Regime.FOIA,
                        List.of("FOIA-s31(1)(a)", "FOIA-s31(1)(b)", "FOIA-s31(1)(c)")),
                Arguments.of("Exempt in accordance with Sections 30(b)(i) and (ii) of the Freedom of Information (Scotland) Act 2002.",
                        Regime.FOISA, List.of("FOISA-s30(b)(i)", "FOISA-s30(b)(ii)")),
                Arguments.of("Exempt by virtue of Section 21 & 22.", Regime.FOIA, List.of("FOIA-s21", "FOIA-s22")),
                Arguments.of("Researching each case would exceed the appropriate limit (FOIA, s.12 (1)).", Regime.FOIA,
                        List.of("FOIA-s12(1)")),
                Arguments.of("Regulation 10(4)(a) of the Environmental Information (Scotland) Regulations 2004 applies.", Regime.FOISA,
                        List.of("EISR-r10(4)(a)")),
                Arguments.of("Withheld under section 40(2) of the Freedom of Information Act 2000.", Regime.FOISA,
                        List.of("FOIA-s40(2)")),
                Arguments.of("In respect of Section 1(1)(a) of the Act we can confirm that we hold some of the information.",
                        Regime.FOIA, List.of("FOIA-s1(1)(a)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("citations")
    void finds_the_provisions_a_letter_cites(String text, Regime regime, List<String> expected) {
        assertThat(codes(text, regime)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "This represents the estimated cost of one person spending more than 18 hours.",
        "The appropriate limit for local government is set at £450.",
        "Data for CE was not mandatorily recorded prior to 2021.",
        "FREEDOM OF INFORMATION ACT 2000/ENVIRONMENTAL INFORMATION REGULATIONS 2004",
        "Support was given under section 17 of the Children Act 1989.",
        "Children Act 1989, section 47 enquiries were started.",
        "Under section 1(1) you are entitled to be told whether we hold information.",
        "The council's 12 staff attended; see page 6 and question 12.",
        "A social worker's 14 cases were audited.",
        "Regulation 12(4) applies.",
        "A public authority relying on a claim that section 12 or section 14 applies must give a notice stating that fact.",
        "See https://ico.org.uk/media/documents/1199/section-12-costs.pdf for the guidance.",
        "Processed under section 45 of the Data Protection Act 2018.",
    })
    void ignores_numbers_that_are_not_citations_of_information_law(String text) {
        assertThat(codes(text, Regime.FOIA)).isEmpty();
    }

    @Test
    void counts_a_provision_once_at_its_first_mention() {
        String text = "Section 12 of the Act makes provision for refusal. Because section 12 applies, and s.12 too, we refuse.";

        List<Citation> citations = detector.detect(text, Regime.FOIA);

        assertThat(citations).singleElement().satisfies(c -> {
            assertThat(c.provision().code()).isEqualTo("FOIA-s12");
            assertThat(c.matchedText()).isEqualTo("Section 12");
            assertThat(c.start()).isZero();
        });
    }

    @Test
    void a_list_of_sections_stops_at_the_first_number_that_is_not_one() {
        String text = "Refused under section 12 and 18 hours would be needed.";

        assertThat(detector.detect(text, Regime.FOIA)).extracting(Citation::matchedText).containsExactly("section 12");
    }

    @Test
    void reports_where_each_citation_starts_in_the_text() {
        String text = "Exempt under sections 40 and 41.";

        List<Citation> citations = detector.detect(text, Regime.FOIA);

        assertThat(citations).extracting(Citation::matchedText).containsExactly("sections 40", "41");
        assertThat(citations).extracting(Citation::start).containsExactly(13, text.indexOf("41"));
    }

    @Test
    void a_scottish_request_reads_section_numbers_as_the_scottish_act() {
        assertThat(codes("Section 12 applies.", Regime.EISR)).containsExactly("FOISA-s12");
        assertThat(codes("Regulation 10(5)(e) applies.", Regime.FOISA)).containsExactly("EISR-r10(5)(e)");
    }

    @Test
    void blank_text_cites_nothing() {
        assertThat(detector.detect("", Regime.FOIA)).isEmpty();
        assertThat(detector.detect(null, Regime.FOIA)).isEmpty();
    }
}
