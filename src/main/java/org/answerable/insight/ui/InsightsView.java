package org.answerable.insight.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.ui.AuthorityPicker;
import org.answerable.base.ui.DatePickers;
import org.answerable.base.chart.ChartWidth;
import org.answerable.shared.ui.FoldingFilters;
import org.answerable.shared.ui.RowOpening;
import org.answerable.campaign.CampaignService;
import org.answerable.campaign.CampaignSummary;
import org.answerable.insight.AuthorityRefusals;
import org.answerable.insight.AuthorityTimeliness;
import org.answerable.insight.InsightFilter;
import org.answerable.insight.InsightService;
import org.answerable.insight.Insights;
import org.answerable.insight.MonthlyRefusals;
import org.answerable.insight.ProvisionCount;
import org.answerable.reply.answer.RefusalFilter;

/**
 * Refusal insights across the team: which provisions, which authorities, when, and who answers on
 * time. Every chart has a table beside it for screen readers and exact figures; clicking a bar or a
 * table row opens the refusals view with the answers it counts.
 */
@Route("insights")
@PageTitle("Insights · Answerable")
@Menu(order = 16, title = "Insights")
@PermitAll
@StyleSheet("insights.css")
class InsightsView extends Main {

    private final InsightService insights;
    final Select<CampaignSummary> campaign = new Select<>();
    final AuthorityPicker authority;
    final DatePicker sentFrom = DatePickers.of("Sent from");
    final DatePicker sentTo = DatePickers.of("Sent to");
    final Paragraph summary = new Paragraph();
    final Grid<ProvisionCount> provisions = new Grid<>();
    final Grid<AuthorityRefusals> authorities = new Grid<>();
    final Grid<MonthlyRefusals> months = new Grid<>();
    final Grid<AuthorityTimeliness> timeliness = new Grid<>();
    private final Div provisionChart = chartBox("provision-chart");
    private final Div authorityChart = chartBox("authority-chart");
    private final Div monthChart = chartBox("month-chart");
    private final Div timelinessChart = chartBox("timeliness-chart");
    private InsightFilter filter = InsightFilter.none();
    private Insights shown;
    private int chartWidth = ChartWidth.WIDEST;
    private Registration windowResize;

    InsightsView(InsightService insights, CampaignService campaigns, AuthorityService authorityDirectory) {
        this.insights = insights;
        addClassNames("view", "insights");
        campaign.setLabel("Campaign");
        campaign.setItems(campaigns.list());
        campaign.setItemLabelGenerator(c -> c == null ? "All campaigns" : c.name());
        campaign.setEmptySelectionAllowed(true);
        campaign.setEmptySelectionCaption("All campaigns");
        authority = new AuthorityPicker("Authority", authorityDirectory);
        authority.setClearButtonVisible(true);
        campaign.addValueChangeListener(e -> refresh());
        authority.addValueChangeListener(e -> refresh());
        sentFrom.addValueChangeListener(e -> refresh());
        sentTo.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(campaign, authority, sentFrom, sentTo);
        filters.setWrap(true);
        filters.addClassName("filters");

        provisions.addColumn(ProvisionCount::label).setHeader("Provision").setFlexGrow(4).setKey("provision");
        count(provisions, "Refused", ProvisionCount::refused);
        count(provisions, "Partly refused", ProvisionCount::partlyRefused);
        count(provisions, "Answers", ProvisionCount::answers);
        drillDown(provisions, p -> filter.refusalsCiting(p.code()), "No refusal cites a provision yet.");

        authorities.addColumn(AuthorityRefusals::authorityName).setHeader("Authority").setFlexGrow(4).setKey("authority");
        count(authorities, "Refused", AuthorityRefusals::refused);
        count(authorities, "Partly refused", AuthorityRefusals::partlyRefused);
        count(authorities, "Answered", AuthorityRefusals::answered);
        count(authorities, "All answers", AuthorityRefusals::total);
        authorities.addColumn(a -> percent(a.refusalRate())).setHeader("Refusal rate").setKey("rate");
        drillDown(authorities, a -> filter.refusalsBy(a.authorityId()), "No answers recorded yet.");

        months.addColumn(m -> m.month().toString()).setHeader("Month sent").setKey("month");
        count(months, "Refused", MonthlyRefusals::refused);
        count(months, "Partly refused", MonthlyRefusals::partlyRefused);
        count(months, "All answers", MonthlyRefusals::total);
        months.addColumn(m -> percent(m.refusalRate())).setHeader("Refusal rate").setKey("rate");
        drillDown(months, m -> filter.refusalsSentIn(m.month()), "No answers to sent requests yet.");

        timeliness.addColumn(AuthorityTimeliness::authorityName).setHeader("Authority").setFlexGrow(4).setKey("authority");
        count(timeliness, InsightCharts.ON_TIME, AuthorityTimeliness::onTime);
        count(timeliness, InsightCharts.LATE, AuthorityTimeliness::late);
        count(timeliness, InsightCharts.OVERDUE, AuthorityTimeliness::overdue);
        timeliness.addColumn(t -> t.due() == 0 ? "–" : percent(t.onTimeRate())).setHeader("On-time rate").setKey("rate");
        timeliness.setEmptyStateText("No request has a response due yet.");

        add(new H2("Insights"),
                new Paragraph("How authorities treat your team's requests. Refused counts answers refused, not held or "
                        + "neither confirmed nor denied; partly refused counts partly answered questions. Click a bar "
                        + "or a row to see the answers behind it."),
                new FoldingFilters(filters), summary,
                section("Refusals by provision", provisionChart, provisions),
                section("Refusals by authority", authorityChart, authorities),
                section("Refusals over time", monthChart, months),
                section("Responses on time", timelinessChart, timeliness));
        refresh();
    }

    private void refresh() {
        filter = new InsightFilter(campaign.getValue() == null ? null : campaign.getValue().id(),
                authority.getValue() == null ? null : authority.getValue().getId(), sentFrom.getValue(), sentTo.getValue());
        Insights found = insights.insights(filter);
        long refused = found.byAuthority().stream().mapToLong(AuthorityRefusals::refused).sum();
        long partly = found.byAuthority().stream().mapToLong(AuthorityRefusals::partlyRefused).sum();
        long total = found.byAuthority().stream().mapToLong(AuthorityRefusals::total).sum();
        summary.setText(String.format(Locale.UK, "%,d answers recorded: %,d refused and %,d partly refused (%s).",
                total, refused, partly, percent(total == 0 ? 0 : (double) (refused + partly) / total)));
        provisions.setItems(found.byProvision());
        authorities.setItems(found.byAuthority());
        months.setItems(found.overTime());
        timeliness.setItems(found.timeliness());
        shown = found;
        drawCharts();
    }

    private void drawCharts() {
        Insights found = shown;
        show(provisionChart, found.byProvision().isEmpty() ? null
                : InsightCharts.byProvision(found.byProvision(), filter, chartWidth));
        show(authorityChart, found.byAuthority().stream().noneMatch(a -> a.refusals() > 0) ? null
                : InsightCharts.byAuthority(found.byAuthority(), filter, chartWidth));
        show(monthChart, found.overTime().isEmpty() ? null : InsightCharts.overTime(found.overTime(), filter, chartWidth));
        show(timelinessChart, found.timeliness().stream().noneMatch(t -> t.due() > 0) ? null
                : InsightCharts.timeliness(found.timeliness(), chartWidth));
    }

    /** Charts are drawn for the width the page gives them, again whenever the window is resized. */
    @Override
    protected void onAttach(AttachEvent event) {
        measureCharts();
        windowResize = event.getUI().getPage().addBrowserWindowResizeListener(resize -> measureCharts());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (windowResize != null) {
            windowResize.remove();
        }
    }

    private void measureCharts() {
        // Measured once the browser has laid the page out: before that it is 0 wide.
        summary.getElement().executeJs("return new Promise(done => requestAnimationFrame(() => done(this.clientWidth)))")
                .then(Double.class, this::fitCharts);
    }

    private void fitCharts(double available) {
        int width = ChartWidth.toFit(available);
        if (available > 0 && width != chartWidth) {
            chartWidth = width;
            drawCharts();
        }
    }

    private static void show(Div box, String svg) {
        box.removeAll();
        box.setVisible(svg != null);
        if (svg != null) {
            // Inside a div: the browser parses the markup as SVG only when it arrives as inner HTML.
            box.add(new Html("<div>" + svg + "</div>"));
        }
    }

    private static Div chartBox(String id) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("chart");
        return box;
    }

    private static Component section(String title, Div chart, Grid<?> table) {
        table.setAllRowsVisible(false);
        table.setHeight("24rem");
        Details asTable = new Details("Show as table", table);
        asTable.addClassName("chart-table");
        return new Div(new H3(title), chart, asTable);
    }

    private static <T> void count(Grid<T> grid, String header, Function<T, Long> value) {
        grid.addColumn(t -> NumberFormat.getIntegerInstance(Locale.UK).format(value.apply(t)))
                .setHeader(header).setKey(header.toLowerCase(Locale.ROOT).replace(' ', '-'))
                .setTextAlign(ColumnTextAlign.END);
    }

    private static <T> void drillDown(Grid<T> grid, Function<T, RefusalFilter> answers, String empty) {
        grid.setEmptyStateText(empty);
        grid.addClassName("drill-down");
        RowOpening.onClickOrEnter(grid, item -> UI.getCurrent().navigate("refusals",
                QueryParameters.fromString(answers.apply(item).toQueryString())));
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
