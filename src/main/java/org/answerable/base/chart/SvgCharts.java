package org.answerable.base.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Charts drawn on the server as SVG markup (JFreeChart onto JFreeSVG), so pages need no charting
 * script. Each value may carry a link: a transparent, titled link is laid over its bar or point,
 * which makes the chart itself a way to drill down to what it counts. The SVG scales to its
 * container's width and is labelled for screen readers, which should still be offered a table.
 */
public final class SvgCharts {

    /**
     * Colours for series that mean nothing good or bad, from the Okabe–Ito palette (distinguishable
     * with the common colour-vision deficiencies) but never the colours of a {@link Tone}.
     */
    private static final Color[] NEUTRAL_COLOURS = {new Color(0x0072B2), new Color(0x56B4E9), new Color(0xCC79A7),
            new Color(0x999999)};
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private SvgCharts() {
    }

    /**
     * One value of a chart: the bar (or point) for {@code category} in {@code series}.
     *
     * @param link where clicking it goes, relative to the application (e.g. "refusals?provision=FOIA-s12"), or null
     */
    public record Value(String category, String series, Number value, String link) {
    }

    public enum Kind { HORIZONTAL_BARS, VERTICAL_BARS, STACKED_HORIZONTAL_BARS, LINES }

    /**
     * What a series means, so that every chart paints it the same colour: good news bluish green,
     * a warning orange, bad news vermillion (Okabe–Ito, readable with colour-vision deficiencies).
     */
    public enum Tone {
        GOOD(new Color(0x009E73)), CAUTION(new Color(0xE69F00)), BAD(new Color(0xD55E00));

        private final Color colour;

        Tone(Color colour) {
            this.colour = colour;
        }
    }

    /**
     * What to draw: values in the order their categories should appear.
     *
     * @param tones what each series means, by series name; a series not named gets a neutral colour
     */
    public record Chart(Kind kind, String title, String categoryAxis, String valueAxis, List<Value> values,
            int width, int height, Map<String, Tone> tones) {

        public Chart {
            values = List.copyOf(values);
            tones = Map.copyOf(tones);
        }

        /** A chart whose series mean nothing good or bad. */
        public Chart(Kind kind, String title, String categoryAxis, String valueAxis, List<Value> values, int width,
                int height) {
            this(kind, title, categoryAxis, valueAxis, values, width, height, Map.of());
        }
    }

    /** The chart as an {@code <svg>} element, ready to put inline in a page. */
    public static String svg(Chart spec) {
        JFreeChart chart = chartOf(spec);
        SVGGraphics2D g2 = new SVGGraphics2D(spec.width(), spec.height());
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        chart.draw(g2, new Rectangle2D.Double(0, 0, spec.width(), spec.height()), info);
        String svg = g2.getSVGElement(null, false, new ViewBox(0, 0, spec.width(), spec.height()),
                PreserveAspectRatio.XMIN_YMIN, MeetOrSlice.MEET);
        // An image's content is hidden from assistive technology, links included: a chart with links
        // is a labelled group of them instead.
        String role = spec.values().stream().anyMatch(v -> v.link() != null) ? "group" : "img";
        String labelled = svg.replaceFirst("<svg ", "<svg role=\"" + role + "\" aria-label=\"" + escape(spec.title()) + "\" ");
        int end = labelled.lastIndexOf("</svg>");
        return labelled.substring(0, end) + links(spec, info) + "</svg>";
    }

    private static JFreeChart chartOf(Chart spec) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        spec.values().forEach(v -> dataset.addValue(v.value(), v.series(), v.category()));
        boolean legend = dataset.getRowCount() > 1;
        PlotOrientation orientation = spec.kind() == Kind.VERTICAL_BARS || spec.kind() == Kind.LINES
                ? PlotOrientation.VERTICAL : PlotOrientation.HORIZONTAL;
        JFreeChart chart = switch (spec.kind()) {
            case LINES -> ChartFactory.createLineChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), dataset,
                    orientation, legend, false, false);
            case STACKED_HORIZONTAL_BARS -> ChartFactory.createStackedBarChart(spec.title(), spec.categoryAxis(),
                    spec.valueAxis(), dataset, orientation, legend, false, false);
            default -> ChartFactory.createBarChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), dataset,
                    orientation, legend, false, false);
        };
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 14f));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (orientation == PlotOrientation.VERTICAL && dataset.getColumnCount() > 12) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setMaximumBarWidth(0.08);
        }
        if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(true);
        }
        int neutral = 0;
        for (int series = 0; series < dataset.getRowCount(); series++) {
            Tone tone = spec.tones().get(dataset.getRowKey(series).toString());
            plot.getRenderer().setSeriesPaint(series, tone != null ? tone.colour
                    : NEUTRAL_COLOURS[neutral++ % NEUTRAL_COLOURS.length]);
            plot.getRenderer().setSeriesStroke(series, new BasicStroke(2f));
        }
        return chart;
    }

    /** A transparent link over each drawn value that has one, with the value as its title. */
    private static String links(Chart spec, ChartRenderingInfo info) {
        Map<String, Value> byKey = spec.values().stream().filter(v -> v.link() != null)
                .collect(Collectors.toMap(v -> v.series() + "\u0000" + v.category(), v -> v, (a, b) -> a));
        StringBuilder out = new StringBuilder();
        for (Object item : info.getEntityCollection().getEntities()) {
            if (!(item instanceof CategoryItemEntity entity)) {
                continue;
            }
            Value value = byKey.get(entity.getRowKey() + "\u0000" + entity.getColumnKey());
            if (value == null) {
                continue;
            }
            Rectangle2D box = ((ChartEntity) entity).getArea().getBounds2D();
            String text = escape(value.category() + (isMultiSeries(spec) ? ", " + value.series() : "")
                    + ": " + value.value());
            out.append(String.format(Locale.ROOT,
                    "<a href=\"%s\" aria-label=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                            + "fill=\"transparent\"><title>%s</title></rect></a>",
                    escape(value.link()), text, box.getX(), box.getY(), Math.max(box.getWidth(), 4),
                    Math.max(box.getHeight(), 4), text));
        }
        return out.toString();
    }

    private static boolean isMultiSeries(Chart spec) {
        return spec.values().stream().map(Value::series).distinct().count() > 1;
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
