package org.answerable.timeline.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.component.html.Anchor;
import jakarta.annotation.security.PermitAll;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.answerable.deadline.DateText;
import org.answerable.timeline.DeadlineBoard;
import org.answerable.timeline.DeadlineBoardService;
import org.answerable.timeline.UpcomingDeadline;

/** What needs attention this Monday morning, each row linking to its request. */
@Route("dashboard")
@RouteAlias("")
@PageTitle("Deadlines · Answerable")
@Menu(order = 0, title = "Deadlines")
@PermitAll
class DashboardView extends Main {

    DashboardView(DeadlineBoardService boards) {
        addClassName("view");
        DeadlineBoard board = boards.board();
        add(new H2("Deadlines"));
        if (board.isEmpty()) {
            add(new Paragraph("Nothing is due in the next 20 working days. Requests appear here once they are sent."));
            return;
        }
        add(group("Long overdue", "long-overdue", board.longOverdue(), board),
                group("Overdue", "overdue", board.overdue(), board),
                group("Due this week", "due-this-week", board.dueThisWeek(), board),
                group("Due within 20 working days", "due-later", board.dueLater(), board));
    }

    private static Section group(String title, String id, List<UpcomingDeadline> deadlines, DeadlineBoard board) {
        Section section = new Section(new H3(title + " (" + deadlines.size() + ")"));
        section.setId(id);
        if (deadlines.isEmpty()) {
            section.add(new Paragraph("None."));
            return section;
        }
        Grid<UpcomingDeadline> grid = new Grid<>();
        grid.addComponentColumn(d -> new Anchor(routeTo(d), d.requestTitle())).setHeader("Request").setFlexGrow(3);
        grid.addColumn(UpcomingDeadline::authorityName).setHeader("Authority").setFlexGrow(2);
        grid.addColumn(UpcomingDeadline::what).setHeader("What");
        grid.addColumn(d -> DateText.of(d.date())).setHeader("Date");
        grid.addColumn(d -> relative(d, board)).setHeader("When");
        grid.setItems(deadlines);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private static String relative(UpcomingDeadline d, DeadlineBoard board) {
        long days = ChronoUnit.DAYS.between(board.today(), d.date());
        if (days == 0) {
            return "today";
        }
        return days < 0 ? (-days) + (days == -1 ? " day late" : " days late") : "in " + days + (days == 1 ? " day" : " days");
    }

    private static String routeTo(UpcomingDeadline d) {
        return "requests/" + d.requestId();
    }
}
