package org.answerable.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.answerable.account.AppUser;
import org.answerable.account.Roles;
import org.answerable.account.Team;
import org.answerable.account.TeamService;
import org.answerable.account.UserAdminService;
import org.answerable.shared.ui.RowOpening;

/** Everyone who can log in: add people, change their role and teams, disable them, reset passwords. */
@Route("admin/users")
@PageTitle("Users · Answerable")
@Menu(order = 60, title = "Users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main {

    private final UserAdminService users;
    private final TeamService teams;
    final Grid<AppUser> grid = new Grid<>();
    final Button add = new Button("New user");

    UsersView(UserAdminService users, TeamService teams) {
        this.users = users;
        this.teams = teams;
        addClassName("view");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        HorizontalLayout heading = new HorizontalLayout(new H2("Users"), add);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        grid.addColumn(AppUser::getUsername).setHeader("Username").setKey("username").setSortable(true);
        grid.addColumn(AppUser::getDisplayName).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(2);
        grid.addColumn(u -> RoleText.shortOf(u.getRole())).setHeader("Role").setKey("role").setSortable(true);
        grid.addColumn(u -> u.getTeams().stream().map(Team::getName).collect(Collectors.joining(", ")))
                .setHeader("Teams").setKey("teams").setFlexGrow(2);
        grid.addColumn(UsersView::status).setHeader("Status").setKey("status");
        RowOpening.onClickOrEnter(grid, this::open);
        grid.setEmptyStateText("Nobody yet.");
        grid.setHeight("70vh");
        add(heading, new Paragraph("Click a person to change their role or teams, disable them, or give them a new "
                + "temporary password. Roles apply in every team the person belongs to."), grid);
        refresh();
    }

    static String status(AppUser user) {
        if (!user.isEnabled()) {
            return "Disabled";
        }
        return user.isMustChangePassword() ? "Active (temporary password)" : "Active";
    }

    private void open(AppUser user) {
        new UserDialog(users, teams.teams(), user == null ? null : users.get(user.getId()), this::refresh).open();
    }

    private void refresh() {
        grid.setItems(users.users());
    }
}
