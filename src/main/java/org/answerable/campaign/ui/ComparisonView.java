package org.answerable.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.answerable.base.NotFoundException;
import org.answerable.campaign.comparison.ComparedQuestion;
import org.answerable.campaign.comparison.ComparisonCell;
import org.answerable.campaign.comparison.ComparisonGrid;
import org.answerable.campaign.comparison.ComparisonExport;
import org.answerable.campaign.comparison.ComparisonRow;
import org.answerable.campaign.comparison.ComparisonService;
import org.answerable.campaign.comparison.OutcomeGroup;
import org.answerable.campaign.comparison.QuestionSummary;
import org.answerable.export.ui.ExportLinks;
import org.answerable.reply.ui.OutcomeBadge;

/**
 * A campaign's answers side by side: which council answered, refused or holds nothing, question by
 * question, with the counts campaigners quote and the figures compared in a table and a chart.
 */
@Route("campaigns/:id/comparison")
@PageTitle("Comparison · Answerable")
@StyleSheet("comparison.css")
@PermitAll
class ComparisonView extends Main implements BeforeEnterObserver {

    private static final int ROWS_SHOWN_WHOLE = 25;

    private final ComparisonService comparisons;
    final Grid<ComparisonRow> grid = new Grid<>();
    final Map<Long, Select<OutcomeGroup>> filters = new LinkedHashMap<>();
    final Span showing = new Span();
    private ComparisonGrid comparison;

    ComparisonView(ComparisonService comparisons) {
        this.comparisons = comparisons;
        addClassNames("view", "comparison");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        comparison = comparisons.grid(campaignId(event));
        render();
    }

    private static Long campaignId(BeforeEnterEvent event) {
        try {
            return Long.valueOf(event.getRouteParameters().get("id").orElseThrow());
        } catch (RuntimeException e) {
            throw new NotFoundException("campaign");
        }
    }

    private void render() {
        removeAll();
        add(new H2(comparison.campaignName() + ": comparison"),
                new Anchor("campaigns/" + comparison.campaignId(), "Back to the campaign"));
        if (comparison.rows().isEmpty()) {
            add(new Paragraph("This campaign has not gone to any authority yet."));
            return;
        }
        Long campaignId = comparison.campaignId();
        add(new ExportLinks("Download the grid", () -> ComparisonExport.of(comparisons.grid(campaignId))));
        add(new H3("Summary"), summaryGrid(), quotes());
        add(new H3("Answers by authority"), new Paragraph("Each cell opens that authority's answer. "
                + "Choose an outcome under a question to see only the authorities that answered it that way."),
                filterBar(), showing, answersGrid());
        add(new FiguresSection(comparison));
        applyFilters();
    }

    private Grid<QuestionSummary> summaryGrid() {
        Grid<QuestionSummary> summary = new Grid<>();
        summary.setId("summary");
        summary.addColumn(s -> s.question().name() + " " + s.question().shortText()).setHeader("Question")
                .setFlexGrow(3).setKey("question");
        for (OutcomeGroup group : OutcomeGroup.values()) {
            summary.addColumn(s -> s.count(group)).setHeader(group.label()).setKey(group.name()).setAutoWidth(true);
            if (group == OutcomeGroup.REFUSED) {
                summary.addColumn(QuestionSummary::refusedByProvisionText).setHeader("Refused under")
                        .setFlexGrow(2).setKey("provisions");
            }
        }
        summary.setItems(comparison.summaries());
        summary.setAllRowsVisible(true);
        summary.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return summary;
    }

    private UnorderedList quotes() {
        UnorderedList list = new UnorderedList();
        list.setId("quotes");
        comparison.summaries().forEach(s -> s.sentences().forEach(sentence -> list.add(new ListItem(sentence))));
        return list;
    }

    private HorizontalLayout filterBar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.addClassName("filters");
        filters.clear();
        for (QuestionSummary summary : comparison.summaries()) {
            Select<OutcomeGroup> filter = new Select<>();
            filter.setLabel(summary.question().name());
            filter.setItems(OutcomeGroup.values());
            filter.setEmptySelectionAllowed(true);
            filter.setEmptySelectionCaption("Any outcome");
            filter.setItemLabelGenerator(g -> g == null ? "Any outcome" : g.label() + " (" + summary.count(g) + ")");
            filter.setItemEnabledProvider(g -> g == null || summary.count(g) > 0);
            filter.addValueChangeListener(e -> applyFilters());
            filters.put(summary.question().id(), filter);
            bar.add(filter);
        }
        return bar;
    }

    private Grid<ComparisonRow> answersGrid() {
        grid.removeAllColumns();
        grid.setId("comparison");
        grid.addColumn(ComparisonRow::authorityName).setHeader("Authority").setFrozen(true).setAutoWidth(true)
                .setKey("authority");
        for (ComparedQuestion question : comparison.questions()) {
            Span header = new Span(question.name() + " " + question.shortText());
            Tooltip.forComponent(header).withText(question.text());
            grid.addComponentColumn(row -> cell(row.cell(question))).setHeader(header).setKey("q" + question.id())
                    .setWidth("16rem").setFlexGrow(1);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setEmptyStateText("No authority answered that way.");
        if (comparison.rows().size() <= ROWS_SHOWN_WHOLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("70vh");
        }
        return grid;
    }

    /** A link to the answer showing its outcome as a badge with words, the provisions and the value. */
    private static Component cell(ComparisonCell cell) {
        Anchor link = new Anchor(cell.link(), "");
        link.addClassName("comparison-cell");
        OutcomeBadge badge = cell.answered() ? new OutcomeBadge(cell.outcome()) : OutcomeBadge.unanswered();
        if (!cell.answered()) {
            badge.setText("… " + cell.outcomeText());
        }
        link.add(badge);
        if (!cell.provisionCodes().isEmpty()) {
            Span provisions = new Span(cell.provisionsText());
            provisions.addClassName("provision-chip");
            link.add(provisions);
        }
        if (!cell.value().isEmpty()) {
            Span value = new Span(cell.value());
            value.addClassName("comparison-value");
            link.add(value);
        }
        return link;
    }

    private void applyFilters() {
        Map<Long, OutcomeGroup> wanted = new HashMap<>();
        filters.forEach((questionId, select) -> {
            if (select.getValue() != null) {
                wanted.put(questionId, select.getValue());
            }
        });
        List<ComparisonRow> rows = comparison.rowsWhere(wanted);
        grid.setItems(rows);
        showing.setText("Showing " + rows.size() + " of " + comparison.rows().size() + " authorities");
    }

    /** Controls side by side, wrapping on a narrow screen. */
    static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
