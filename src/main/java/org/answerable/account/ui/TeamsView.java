package org.answerable.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.answerable.account.AccountChangedException;
import org.answerable.account.AccountRuleException;
import org.answerable.account.AppUser;
import org.answerable.account.Roles;
import org.answerable.account.Team;
import org.answerable.account.TeamService;
import org.answerable.account.TeamSummary;

/** The teams that keep their requests apart: create, rename, and see who is in each. */
@Route("admin/teams")
@PageTitle("Teams · Answerable")
@Menu(order = 65, title = "Teams")
@RolesAllowed(Roles.ADMIN)
class TeamsView extends Main {

    private final TeamService teams;
    final TextField newName = new TextField("New team");
    final Button create = new Button("Create team");
    final Grid<TeamSummary> grid = new Grid<>();
    final TextField name = new TextField("Name");
    final Button rename = new Button("Rename");
    final Grid<AppUser> members = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private final H3 detailsHeading = new H3();
    private TeamSummary selected;

    TeamsView(TeamService teams) {
        this.teams = teams;
        addClassName("view");
        newName.setMaxLength(Team.NAME_MAX_LENGTH);
        name.setMaxLength(Team.NAME_MAX_LENGTH);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout createBar = new HorizontalLayout(newName, create);
        createBar.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        grid.addColumn(TeamSummary::name).setHeader("Team").setKey("name").setFlexGrow(3);
        grid.addColumn(TeamSummary::members).setHeader("Members").setKey("members");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        members.addColumn(AppUser::getDisplayName).setHeader("Name").setKey("name");
        members.addColumn(AppUser::getUsername).setHeader("Username").setKey("username");
        members.addColumn(u -> RoleText.shortOf(u.getRole())).setHeader("Role").setKey("role");
        members.addColumn(UsersView::status).setHeader("Status").setKey("status");
        members.setAllRowsVisible(true);
        members.setEmptyStateText("Nobody is in this team yet: add people on the Users page.");
        rename.addClickListener(e -> rename());
        HorizontalLayout renameBar = new HorizontalLayout(name, rename);
        renameBar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        details.setPadding(false);
        details.add(detailsHeading, renameBar, members);
        details.setVisible(false);

        add(new H2("Teams"), new Paragraph("Each team sees only its own requests, replies and deadlines. "
                + "Choose who belongs to which team on the Users page."), createBar, grid, details);
        refresh();
    }

    private void create() {
        newName.setInvalid(false);
        try {
            Team team = teams.create(newName.getValue());
            newName.clear();
            Notification.show("Created " + team.getName()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (AccountRuleException problem) {
            newName.setErrorMessage(problem.getMessage());
            newName.setInvalid(true);
        }
    }

    private void rename() {
        name.setInvalid(false);
        try {
            Team team = teams.rename(selected.id(), selected.version(), name.getValue());
            Notification.show("Renamed to " + team.getName()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (AccountRuleException problem) {
            name.setErrorMessage(problem.getMessage());
            name.setInvalid(true);
        } catch (AccountChangedException conflict) {
            ChangedMeanwhileDialog.show(conflict.getMessage(), this::refresh);
        }
    }

    private void show(TeamSummary team) {
        selected = team;
        details.setVisible(team != null);
        if (team != null) {
            detailsHeading.setText(team.name());
            name.setValue(team.name());
            members.setItems(teams.members(team.id()));
        }
    }

    private void refresh() {
        details.setVisible(false);
        grid.setItems(teams.teams());
    }
}
