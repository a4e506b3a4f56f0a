package org.answerable.campaign.comparison;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a data comparison as an SVG chart on the server (no browser-side charting): a line per
 * authority over time, or bars per authority for other dimensions. A suppressed or not-recorded
 * figure is a gap in the line, never a point at zero, and a note under the title says so.
 */
public final class ComparisonChart {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 420;
    static final String GAP_NOTE = "Gaps are suppressed or not-recorded figures, not zero";
    private static final int GAPS_LISTED = 4;

    private ComparisonChart() {
    }

    /** The series and values the chart draws: a null value is a gap. */
    static DefaultCategoryDataset dataset(DataComparison data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        seriesNames(data).forEach((row, name) -> {
            for (String value : data.chartedValues()) {
                dataset.addValue(row.chartValue(value).orElse(null), name, value);
            }
        });
        return dataset;
    }

    /** The chart as an SVG document, ready to serve as image/svg+xml. */
    public static String svg(DataComparison data) {
        String title = data.question().name() + ": " + data.measure() + " by " + data.dimensionName().toLowerCase(Locale.UK);
        JFreeChart chart = data.overTime()
                ? ChartFactory.createLineChart(title, data.dimensionName(), data.measure(), dataset(data),
                        PlotOrientation.VERTICAL, true, false, false)
                : ChartFactory.createBarChart(title, data.dimensionName(), data.measure(), dataset(data),
                        PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
            // A figure between two gaps has no line to draw; its point must still show.
            lines.setDefaultShapesVisible(true);
        }
        if (data.chartedValues().size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        List<String> gaps = data.gaps();
        if (!gaps.isEmpty()) {
            String listed = String.join("; ", gaps.subList(0, Math.min(GAPS_LISTED, gaps.size())))
                    + (gaps.size() > GAPS_LISTED ? "; and " + (gaps.size() - GAPS_LISTED) + " more" : "");
            chart.addSubtitle(new TextTitle(GAP_NOTE + ": " + listed, new Font(Font.SANS_SERIF, Font.ITALIC, 12)));
        }
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument();
    }

    /** Series need distinct names: two authorities with one display name get a number each. */
    private static Map<DataComparison.Row, String> seriesNames(DataComparison data) {
        Map<DataComparison.Row, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (DataComparison.Row row : data.rows()) {
            String name = row.authorityName();
            for (int n = 2; !used.add(name); n++) {
                name = row.authorityName() + " (" + n + ")";
            }
            names.put(row, name);
        }
        return names;
    }
}
