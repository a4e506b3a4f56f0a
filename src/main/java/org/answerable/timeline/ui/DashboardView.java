package org.answerable.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.answerable.deadline.DateText;
import org.answerable.timeline.DeadlineBoard;
import org.answerable.timeline.DeadlineBoardService;
import org.answerable.timeline.DeadlineTiming;
import org.answerable.timeline.UpcomingDeadline;

/**
 * What needs attention this Monday morning, each row linking to its request. The counts at the top
 * say how much is overdue, due this week and closing; clicking one shows only those.
 */
@Route("dashboard")
@RouteAlias("")
@PageTitle("Deadlines · Answerable")
@Menu(order = 0, title = "Deadlines")
@PermitAll
class DashboardView extends Main {

    /** What the counts show when clicked; ALL puts every section back. */
    enum Show { ALL, OVERDUE, THIS_WEEK, WINDOWS }

    final FlexLayout counts = new FlexLayout();
    private final List<Section> sections = new ArrayList<>();
    private final Map<Show, List<String>> sectionsShown = Map.of(
            Show.ALL, List.of("long-overdue", "overdue", "due-this-week", "due-later"),
            Show.OVERDUE, List.of("long-overdue", "overdue"),
            Show.THIS_WEEK, List.of("due-this-week"),
            Show.WINDOWS, List.of("windows-closing"));

    DashboardView(DeadlineBoardService boards) {
        addClassName("view");
        DeadlineBoard board = boards.board();
        add(new H2("Deadlines"));
        if (board.isEmpty()) {
            add(new Paragraph("Nothing is due in the next 20 working days. Requests appear here once they are sent."));
            return;
        }
        counts.setId("deadline-counts");
        counts.addClassName("deadline-counts");
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.add(count("All", board.overdueCount() + board.dueThisWeek().size() + board.dueLater().size(), Show.ALL),
                count("Overdue", board.overdueCount(), Show.OVERDUE),
                count("Due this week", board.dueThisWeek().size(), Show.THIS_WEEK),
                count("Windows closing", board.windowsClosing().size(), Show.WINDOWS));
        add(counts);
        sections.add(group("Long overdue", "long-overdue", board.longOverdue(), board));
        sections.add(group("Overdue", "overdue", board.overdue(), board));
        sections.add(group("Due this week", "due-this-week", board.dueThisWeek(), board));
        sections.add(group("Due within 20 working days", "due-later", board.dueLater(), board));
        sections.add(group("Windows closing: the last day to challenge", "windows-closing", board.windowsClosing(), board));
        sections.forEach(this::add);
        show(Show.ALL);
    }

    private Button count(String label, int count, Show show) {
        Button button = new Button(label + ": " + count, e -> show(show));
        button.setId(idOf(show));
        button.addClassName("deadline-count");
        return button;
    }

    /** Shows the sections of that count and marks its button as the one pressed. */
    void show(Show show) {
        List<String> ids = sectionsShown.get(show);
        sections.forEach(section -> section.setVisible(ids.contains(section.getId().orElseThrow())));
        counts.getChildren().map(Button.class::cast).forEach(button -> {
            boolean pressed = button.getId().orElseThrow().equals(idOf(show));
            button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
            if (pressed) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    private static String idOf(Show show) {
        return "count-" + show.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Section group(String title, String id, List<UpcomingDeadline> deadlines, DeadlineBoard board) {
        Section section = new Section(new H3(title + " (" + deadlines.size() + ")"));
        section.setId(id);
        if (deadlines.isEmpty()) {
            section.add(new Paragraph("None."));
            return section;
        }
        Grid<UpcomingDeadline> grid = new Grid<>();
        grid.addComponentColumn(d -> new Anchor("requests/" + d.requestId(), d.requestLabel()))
                .setHeader("Request").setFlexGrow(3).setKey("request");
        grid.addColumn(UpcomingDeadline::what).setHeader("What").setFlexGrow(2).setKey("what");
        grid.addColumn(d -> DateText.of(d.date())).setHeader("Date").setAutoWidth(true).setFlexGrow(0).setKey("date");
        grid.addColumn(d -> DeadlineTiming.relative(board.today(), d.date())).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0).setKey("when");
        // Long names and "Commissioner complaint window closes" wrap instead of being cut.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(deadlines);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }
}
