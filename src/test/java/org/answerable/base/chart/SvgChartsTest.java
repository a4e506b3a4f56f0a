package org.answerable.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.answerable.base.chart.SvgCharts.Chart;
import org.answerable.base.chart.SvgCharts.Kind;
import org.answerable.base.chart.SvgCharts.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTest {

    private static final List<Value> REFUSALS = List.of(
            new Value("FOIA section 12", "Refused", 12, "refusals?provision=FOIA-s12&from=2025-01-01"),
            new Value("FOIA section 12", "Partly refused", 3, "refusals?provision=FOIA-s12&from=2025-01-01"),
            new Value("FOIA section 40(2)", "Refused", 7, "refusals?provision=FOIA-s40%282%29"),
            new Value("FOIA section 40(2)", "Partly refused", 0, null));

    @org.junit.jupiter.api.Test
    void a_series_is_painted_the_colour_of_what_it_means_wherever_it_comes_in_the_chart() {
        java.util.Map<String, SvgCharts.Tone> tones = java.util.Map.of("On time", SvgCharts.Tone.GOOD,
                "Overdue, no reply", SvgCharts.Tone.BAD);
        String overdueFirst = SvgCharts.svg(new Chart(Kind.STACKED_HORIZONTAL_BARS, "Timeliness", "Authority",
                "Requests", List.of(new Value("Derby", "Overdue, no reply", 3, null)), 700, 300, tones));
        String onTimeOnly = SvgCharts.svg(new Chart(Kind.STACKED_HORIZONTAL_BARS, "Timeliness", "Authority",
                "Requests", List.of(new Value("Derby", "On time", 3, null)), 700, 300, tones));

        assertThat(overdueFirst).as("vermillion: bad news").contains(GOOD_OR_BAD.get("bad")).doesNotContain(GOOD_OR_BAD.get("good"));
        assertThat(onTimeOnly).as("bluish green: good news").contains(GOOD_OR_BAD.get("good")).doesNotContain(GOOD_OR_BAD.get("bad"));
    }

    /** How JFreeSVG writes the tones' fills. */
    private static final java.util.Map<String, String> GOOD_OR_BAD = java.util.Map.of("good", "rgb(0,158,115)",
            "bad", "rgb(213,94,0)");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void every_kind_of_chart_is_well_formed_svg_with_its_title_categories_and_series(Kind kind) throws Exception {
        Document svg = parse(SvgCharts.svg(new Chart(kind, "Refusals <by> provision & year", "Provision", "Answers",
                REFUSALS, 700, 300)));

        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).as("a group of links, not an image hiding them").isEqualTo("group");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Refusals <by> provision & year");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0.0 0.0 700.0 300.0");
        assertThat(texts(svg)).contains("Refusals <by> provision & year", "FOIA section 12", "FOIA section 40(2)",
                "Refused", "Partly refused");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_chart_without_links_is_one_labelled_image(Kind kind) throws Exception {
        List<Value> unlinked = REFUSALS.stream().map(v -> new Value(v.category(), v.series(), v.value(), null)).toList();
        Element root = parse(SvgCharts.svg(new Chart(kind, "Refusals", "Provision", "Answers", unlinked, 700, 300)))
                .getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Refusals");
        assertThat(root.getElementsByTagName("a").getLength()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void each_value_with_a_link_can_be_clicked_through_to_what_it_counts(Kind kind) throws Exception {
        Document svg = parse(SvgCharts.svg(new Chart(kind, "Refusals", "Provision", "Answers", REFUSALS, 700, 300)));

        NodeList links = svg.getElementsByTagName("a");
        List<String> targets = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            targets.add(link.getAttribute("href"));
            titles.add(link.getElementsByTagName("title").item(0).getTextContent());
        }
        assertThat(targets).containsExactlyInAnyOrder("refusals?provision=FOIA-s12&from=2025-01-01",
                "refusals?provision=FOIA-s12&from=2025-01-01", "refusals?provision=FOIA-s40%282%29");
        assertThat(titles).contains("FOIA section 12, Refused: 12", "FOIA section 40(2), Refused: 7");
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
