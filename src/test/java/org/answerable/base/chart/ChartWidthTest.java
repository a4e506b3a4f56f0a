package org.answerable.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartWidthTest {

    @ParameterizedTest(name = "{0} px of page -> drawn {1} px wide")
    @CsvSource({
            "358,   340",   // a 390 px phone, less the page's padding: drawn at its own size
            "359.5, 340",   // fractions of a pixel never make it wider than its box
            "342,   340",
            "341,   320",
            "1078,  760",   // a desktop: never wider than the chart needs
            "760,   740",   // the box's border takes two pixels
            "200,   280",   // narrower than any phone: drawn at the narrowest, then shrunk to fit
            "0,     280"})
    void a_chart_is_drawn_no_wider_than_its_box_so_its_labels_keep_their_size(double available, int drawn) {
        assertThat(ChartWidth.toFit(available)).isEqualTo(drawn);
    }
}
