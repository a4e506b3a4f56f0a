package org.answerable.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.ui.AuthorityPicker;
import org.answerable.base.ui.DatePickers;
import org.answerable.shared.ui.FoldingFilters;
import org.answerable.shared.ui.NarrowScreen;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStanding;
import org.answerable.security.CurrentUser;

@Route("requests")
@PageTitle("Requests · Answerable")
@Menu(order = 10, title = "Requests")
@PermitAll
class RequestsView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final RequestService requests;
    final AuthorityPicker authorityFilter;
    final Select<RequestStanding> statusFilter = new Select<>();
    final TextField textFilter = new TextField("Search");
    final DatePicker sentFrom = DatePickers.of("Sent from");
    final DatePicker sentTo = DatePickers.of("Sent to");
    final Grid<FoiRequest> grid = new Grid<>();
    /** Where each request fetched for the grid stands, computed with its page. */
    private final Map<Long, RequestStanding> standings = new HashMap<>();

    RequestsView(RequestService requests, AuthorityService authorities, CurrentUser currentUser,
            List<RequestListAction> actions) {
        this.requests = requests;
        addClassName("view");
        authorityFilter = new AuthorityPicker("Authority", authorities);
        authorityFilter.setClearButtonVisible(true);

        Button newRequest = new Button("New request", e -> getUI().ifPresent(ui -> ui.navigate(NewRequestView.class)));
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRequest.setId("new-request");
        newRequest.setVisible(currentUser.require().canEdit());
        // By route, not class: the import feature depends on requests, not the other way round.
        Button importRequests = new Button("Import spreadsheet", e -> getUI().ifPresent(ui -> ui.navigate("requests/import")));
        importRequests.setId("import-requests");
        importRequests.setVisible(newRequest.isVisible());
        HorizontalLayout heading = new HorizontalLayout(new H2("Requests"), importRequests, newRequest);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        heading.setWidthFull();
        heading.expand(heading.getComponentAt(0));
        heading.addClassName("view-heading");

        add(heading, new FoldingFilters(createFilters()));
        actions.forEach(action -> add(action.create(this::currentFilter)));
        add(createGrid());
    }

    private HorizontalLayout createFilters() {
        statusFilter.setLabel("Status");
        statusFilter.setItems(RequestStanding.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("Any status");
        textFilter.setPlaceholder("Words of the title, reference, text or tags");
        textFilter.setClearButtonVisible(true);
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        authorityFilter.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());
        textFilter.addValueChangeListener(e -> refresh());
        sentFrom.addValueChangeListener(e -> refresh());
        sentTo.addValueChangeListener(e -> refresh());
        sentFrom.setClearButtonVisible(true);
        sentTo.setClearButtonVisible(true);
        HorizontalLayout filters = new HorizontalLayout(textFilter, authorityFilter, statusFilter, sentFrom, sentTo);
        filters.addClassName("filters");
        filters.setWrap(true);
        return filters;
    }

    private Grid<FoiRequest> createGrid() {
        grid.addComponentColumn(r -> new RouterLink(r.getTitle(), RequestDetailView.class,
                        new RouteParameters(RequestDetailView.ID, r.getId().toString())))
                .setHeader("Title").setSortProperty("title").setFlexGrow(3).setKey("title");
        grid.addColumn(r -> r.getAuthority().displayName())
                .setHeader("Authority").setSortProperty("authority.officialName").setFlexGrow(2).setKey("authority");
        grid.addComponentColumn(r -> new StatusBadge(standings.computeIfAbsent(r.getId(), id -> requests.standing(r))))
                .setHeader("Status").setSortProperty("status").setAutoWidth(true).setFlexGrow(0).setKey("status");
        grid.addColumn(r -> r.getDateSent() == null ? "Not sent" : DATE.format(r.getDateSent()))
                .setHeader("Sent").setSortProperty("dateSent").setKey("sent");
        grid.addColumn(r -> r.getResponseDue() == null ? "" : DATE.format(r.getResponseDue()))
                .setHeader("Response due").setSortProperty("responseDue").setKey("due");
        grid.addColumn(FoiRequest::getAuthorityReference).setHeader("Reference").setKey("reference");
        grid.addComponentColumn(this::compactRow).setHeader("Request").setKey("compact").setVisible(false);
        // On a phone one column tells each request's story in a few short lines.
        NarrowScreen.follow(this, narrow -> grid.getColumns().forEach(column ->
                column.setVisible(narrow == column.getKey().equals("compact"))));
        grid.setItemsPageable(pageable -> {
            List<FoiRequest> page = requests.page(currentFilter(), pageable);
            standings.putAll(requests.standings(page));
            return page;
        },
                pageable -> requests.count(currentFilter()));
        grid.setEmptyStateText("No requests match. Choose \"New request\" to log one.");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setHeight("70vh");
        return grid;
    }

    private Div compactRow(FoiRequest r) {
        Div row = new Div(new RouterLink(r.getTitle(), RequestDetailView.class,
                new RouteParameters(RequestDetailView.ID, r.getId().toString())));
        Div facts = new Div(new StatusBadge(standings.computeIfAbsent(r.getId(), id -> requests.standing(r))), new Span(r.getAuthority().displayName()));
        if (r.getResponseDue() != null) {
            facts.add(new Span("due " + DATE.format(r.getResponseDue())));
        }
        facts.addClassName("compact-facts");
        row.add(facts);
        row.addClassName("compact-row");
        return row;
    }

    private RequestFilter currentFilter() {
        return new RequestFilter(authorityFilter.getValue() == null ? null : authorityFilter.getValue().getId(),
                null, textFilter.getValue(), sentFrom.getValue(), sentTo.getValue(), statusFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
