package org.answerable.insight.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.answerable.base.chart.SvgCharts;
import org.answerable.base.chart.SvgCharts.Chart;
import org.answerable.base.chart.SvgCharts.Kind;
import org.answerable.base.chart.SvgCharts.Tone;
import org.answerable.base.chart.SvgCharts.Value;
import org.answerable.insight.AuthorityRefusals;
import org.answerable.insight.AuthorityTimeliness;
import org.answerable.insight.InsightFilter;
import org.answerable.insight.MonthlyRefusals;
import org.answerable.insight.ProvisionCount;
import org.answerable.reply.answer.RefusalFilter;

/**
 * The insights page's charts, drawn {@code width} pixels wide (see ChartWidth); every bar that counts
 * answers links to the refusals view listing them.
 */
final class InsightCharts {

    /** Bars beyond these would be too thin to read; the tables list everything. */
    static final int TOP_PROVISIONS = 12;
    static final int TOP_AUTHORITIES = 15;
    static final String REFUSED = "Refused";
    static final String PARTLY_REFUSED = "Partly refused";
    static final String ON_TIME = "On time";
    static final String LATE = "Late";
    static final String OVERDUE = "Overdue, no reply";
    /** The same meaning, the same colour, on every chart of the page. */
    static final Map<String, Tone> TONES = Map.of(ON_TIME, Tone.GOOD, LATE, Tone.CAUTION, OVERDUE, Tone.BAD,
            REFUSED, Tone.BAD, PARTLY_REFUSED, Tone.CAUTION);

    private InsightCharts() {
    }

    static String link(RefusalFilter filter) {
        String query = filter.toQueryString();
        return query.isEmpty() ? "refusals" : "refusals?" + query;
    }

    static String byProvision(List<ProvisionCount> counts, InsightFilter filter, int width) {
        List<ProvisionCount> top = counts.stream().limit(TOP_PROVISIONS).toList();
        List<Value> values = top.stream().flatMap(p -> {
            String link = link(filter.refusalsCiting(p.code()));
            return Stream.of(new Value(shortLabel(p), REFUSED, p.refused(), link),
                    new Value(shortLabel(p), PARTLY_REFUSED, p.partlyRefused(), link));
        }).toList();
        return SvgCharts.svg(new Chart(Kind.STACKED_HORIZONTAL_BARS, "Refusals by provision cited", axis("Provision", width),
                "Answers", values, width, 120 + 32 * Math.max(top.size(), 1), TONES));
    }

    static String byAuthority(List<AuthorityRefusals> rows, InsightFilter filter, int width) {
        List<AuthorityRefusals> top = rows.stream().filter(a -> a.refusals() > 0).limit(TOP_AUTHORITIES).toList();
        List<Value> values = top.stream().flatMap(a -> {
            String link = link(filter.refusalsBy(a.authorityId()));
            return Stream.of(new Value(a.authorityName(), REFUSED, a.refused(), link),
                    new Value(a.authorityName(), PARTLY_REFUSED, a.partlyRefused(), link));
        }).toList();
        return SvgCharts.svg(new Chart(Kind.STACKED_HORIZONTAL_BARS, "Authorities refusing most", axis("Authority", width),
                "Answers", values, width, 120 + 32 * Math.max(top.size(), 1), TONES));
    }

    static String overTime(List<MonthlyRefusals> months, InsightFilter filter, int width) {
        List<Value> values = months.stream().flatMap(m -> {
            String link = link(filter.refusalsSentIn(m.month()));
            return Stream.of(new Value(m.month().toString(), REFUSED, m.refused(), link),
                    new Value(m.month().toString(), PARTLY_REFUSED, m.partlyRefused(), link));
        }).toList();
        return SvgCharts.svg(new Chart(Kind.LINES, "Refusals by month the request was sent", axis("Month sent", width),
                "Answers", values, width, 360, TONES));
    }

    static String timeliness(List<AuthorityTimeliness> rows, int width) {
        List<Value> values = rows.stream().filter(t -> t.due() > 0).limit(TOP_AUTHORITIES)
                .flatMap(t -> Stream.of(new Value(t.authorityName(), ON_TIME, t.onTime(), null),
                        new Value(t.authorityName(), LATE, t.late(), null),
                        new Value(t.authorityName(), OVERDUE, t.overdue(), null)))
                .toList();
        return SvgCharts.svg(new Chart(Kind.STACKED_HORIZONTAL_BARS, "Responses on time, lowest on-time rate first",
                axis("Authority", width), "Requests", values, width, 120 + 32 * (int) Math.max(values.size() / 3, 1), TONES));
    }

    /** On a phone the names along the axis need its title's room more than the title itself. */
    private static String axis(String title, int width) {
        return width < 500 ? null : title;
    }

    /** "FOIA section 12": the chart's axis has no room for the provision's name. */
    private static String shortLabel(ProvisionCount p) {
        int dash = p.label().indexOf(" – ");
        return dash < 0 ? p.label() : p.label().substring(0, dash);
    }
}
