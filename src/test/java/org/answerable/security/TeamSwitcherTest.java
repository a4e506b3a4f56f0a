package org.answerable.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import java.util.Set;
import org.answerable.account.AccountService;
import org.answerable.account.AppUser;
import org.answerable.account.Role;
import org.answerable.account.Team;
import org.answerable.account.TeamService;
import org.answerable.account.UserAdminService;
import org.answerable.account.UserDraft;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The user menu names the active team and switches to another of the user's teams. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class TeamSwitcherTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired CurrentUser currentUser;
    @Autowired AccountService accounts;
    @Autowired UserAdminService userAdmin;
    @Autowired TeamService teams;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_member_of_two_teams_switches_from_the_user_menu() {
        String username = users.createInTeam(Role.MEMBER, "Schools " + System.nanoTime());
        users.signInNew(Role.ADMIN);
        Team second = teams.create("Hospitals " + System.nanoTime());
        AppUser user = accounts.findByUsername(username).orElseThrow();
        Team first = user.getTeams().getFirst();
        userAdmin.update(user.getId(), user.getVersion(),
                new UserDraft(null, user.getDisplayName(), Role.MEMBER, Set.of(first.getId(), second.getId())));
        users.signIn(username);

        navigate("requests", Main.class);
        MenuBarTester<MenuBar> menu = test($(MenuBar.class).withId("user-menu").single());
        assertThat(menu.isItemChecked(0, 0, 0)).as(first.getName() + " is the active team").isTrue();
        menu.clickItem(0, 0, 1);

        assertThat(currentUser.require().teamName()).isEqualTo(second.getName());
    }

    @Test
    void a_member_of_one_team_sees_it_named_without_a_choice() {
        String team = "Only team " + System.nanoTime();
        users.signIn(users.createInTeam(Role.VIEWER, team));

        navigate("requests", Main.class);

        assertThat($(MenuBar.class).withId("user-menu").single().getItems().getFirst().getSubMenu().getItems().getFirst().getText())
                .isEqualTo("Team: " + team);
    }
}
