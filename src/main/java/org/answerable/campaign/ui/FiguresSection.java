package org.answerable.campaign.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.answerable.campaign.comparison.ComparedQuestion;
import org.answerable.campaign.comparison.ComparisonChart;
import org.answerable.campaign.comparison.ComparisonGrid;
import org.answerable.campaign.comparison.DataComparison;

/**
 * The figures several authorities gave for one question: a combined table, which is also the
 * chart's text alternative, and the chart itself, served as an SVG image (an image cannot run
 * script, and the site's content security policy allows images from itself).
 */
class FiguresSection extends Composite<Div> {

    private final ComparisonGrid comparison;
    final Select<ComparedQuestion> question = new Select<>();
    final Select<String> measure = new Select<>();
    final Grid<DataComparison.Row> table = new Grid<>();
    final Paragraph gaps = new Paragraph();
    final Paragraph without = new Paragraph();
    final Div chart = new Div();
    DataComparison shown;

    FiguresSection(ComparisonGrid comparison) {
        this.comparison = comparison;
        getContent().setId("figures");
        getContent().add(new H3("Figures compared"));
        List<ComparedQuestion> withTables = comparison.questionsWithTables();
        if (withTables.isEmpty()) {
            getContent().add(new Paragraph("No answer holds a table of figures yet. When you record an answer, paste "
                    + "its figures as a table; the figures of every authority then line up here."));
            return;
        }
        question.setLabel("Question");
        question.setItems(withTables);
        question.setItemLabelGenerator(q -> q.name() + " " + q.shortText());
        measure.setLabel("Figures");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        table.addClassName("data-table");
        table.setAllRowsVisible(true);
        chart.addClassName("comparison-chart");
        getContent().add(ComparisonView.row(question, measure), table, gaps, without, chart);
        question.addValueChangeListener(e -> show(null));
        measure.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue());
            }
        });
        question.setValue(withTables.getFirst());
    }

    private void show(String chosenMeasure) {
        shown = DataComparison.of(comparison, question.getValue(), chosenMeasure);
        if (chosenMeasure == null) {
            measure.setItems(shown.measures());
            measure.setValue(shown.measure());
        }
        measure.setVisible(shown.measures().size() > 1);
        fillTable();
        gaps.setText(shown.gaps().isEmpty() ? ""
                : "Gaps in the chart are figures the authority suppressed or did not record, not zero: "
                        + String.join("; ", shown.gaps()) + ".");
        without.setText(shown.withoutFigures().isEmpty() ? ""
                : "No " + shown.measure() + " figures from: " + String.join("; ", shown.withoutFigures()) + ".");
        chart.removeAll();
        if (!shown.isEmpty()) {
            byte[] svg = ComparisonChart.svg(shown).getBytes(StandardCharsets.UTF_8);
            DownloadHandler handler = DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(svg), "comparison.svg", "image/svg+xml", svg.length)).inline();
            Image image = new Image(handler, (shown.overTime() ? "Line" : "Bar") + " chart of " + shown.measure() + " by "
                    + shown.dimensionName().toLowerCase(Locale.UK) + " for "
                    + String.join(", ", shown.rows().stream().map(DataComparison.Row::authorityName).toList())
                    + "; the table above holds the same figures.");
            image.setWidth(ComparisonChart.WIDTH + "px");
            image.setMaxWidth("100%");
            chart.add(image);
        }
    }

    private void fillTable() {
        table.removeAllColumns();
        table.addColumn(DataComparison.Row::authorityName).setHeader("Authority").setFrozen(true).setAutoWidth(true)
                .setKey("authority");
        for (String value : shown.dimensionValues()) {
            table.addColumn(row -> row.text(value)).setHeader(value).setKey("v-" + value).setAutoWidth(true)
                    .setPartNameGenerator(row -> row.chartValue(value).isEmpty() ? "cell-withheld" : null);
        }
        table.setItems(shown.rows());
    }
}
