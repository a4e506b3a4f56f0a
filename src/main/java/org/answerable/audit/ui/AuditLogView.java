package org.answerable.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.answerable.account.Roles;
import org.answerable.account.TeamService;
import org.answerable.account.TeamSummary;
import org.answerable.audit.AuditFilter;
import org.answerable.audit.AuditService;
import org.answerable.audit.HistoryLine;
import org.answerable.base.ui.DatePickers;
import org.answerable.shared.ui.FoldingFilters;
import org.answerable.shared.ui.NarrowScreen;

/** Every recorded change in every team, newest first, for administrators answering "who did this?". */
@Route("admin/audit")
@PageTitle("Audit log · Answerable")
@Menu(order = 85, title = "Audit log")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.of("Europe/London"));

    private final AuditService audit;
    final ComboBox<TeamSummary> team = new ComboBox<>("Team");
    final TextField username = new TextField("Username");
    final Select<String> type = new Select<>();
    final DatePicker from = DatePickers.of("From");
    final DatePicker to = DatePickers.of("To");
    final Grid<HistoryLine> grid = new Grid<>();

    AuditLogView(AuditService audit, TeamService teams) {
        this.audit = audit;
        addClassName("view");
        List<TeamSummary> allTeams = teams.teams();
        Map<Long, String> teamNames = allTeams.stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        team.setItems(allTeams);
        team.setItemLabelGenerator(TeamSummary::name);
        team.setPlaceholder("All teams");
        team.setClearButtonVisible(true);
        username.setPlaceholder("Exact username");
        username.setClearButtonVisible(true);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        type.setLabel("Record");
        type.setItems(audit.entityTypes());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any record");
        type.setItemLabelGenerator(t -> t == null ? "Any record" : t);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        team.addValueChangeListener(e -> refresh());
        username.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(team, username, type, from, to);
        filters.addClassName("filters");
        filters.setWrap(true);

        grid.addColumn(line -> WHEN.format(line.at())).setHeader("When").setKey("when").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> teamNames.getOrDefault(line.teamId(), "#" + line.teamId())).setHeader("Team").setKey("team");
        grid.addComponentColumn(AuditLogView::whatHappened).setHeader("What happened").setKey("what").setFlexGrow(4);
        grid.addColumn(line -> line.requestId() == null ? "" : "#" + line.requestId()).setHeader("Request").setKey("request")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> audit.search(currentFilter(), pageable).getContent(),
                pageable -> audit.count(currentFilter()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // On a phone: when and what happened, the sentences wrapped; team and request make room for them.
        NarrowScreen.follow(this, narrow -> {
            grid.getColumnByKey("team").setVisible(!narrow);
            grid.getColumnByKey("request").setVisible(!narrow);
        });
        grid.setEmptyStateText("No recorded changes match.");
        grid.setHeight("70vh");
        add(new H2("Audit log"), new FoldingFilters(filters), grid);
    }

    private static Div whatHappened(HistoryLine line) {
        Div text = new Div();
        line.sentences().forEach(sentence -> text.add(new Div(sentence)));
        if (!line.values().isEmpty()) {
            Span values = new Span(line.values());
            values.addClassName("history-values");
            text.add(values);
        }
        return text;
    }

    private AuditFilter currentFilter() {
        return new AuditFilter(team.getValue() == null ? null : team.getValue().id(), username.getValue(),
                type.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
