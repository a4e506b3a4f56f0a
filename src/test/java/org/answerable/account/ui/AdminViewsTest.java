package org.answerable.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import java.util.stream.IntStream;
import org.answerable.account.AccountService;
import org.answerable.account.AppUser;
import org.answerable.account.Role;
import org.answerable.account.Team;
import org.answerable.account.TeamService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An administrator adds a colleague and a team through the admin pages. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class AdminViewsTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired TeamService teams;
    @Autowired AccountService accounts;
    @Autowired PasswordEncoder passwordEncoder;

    @BeforeEach
    void signInAnAdministrator() {
        users.signInNew(Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_new_colleague_gets_a_temporary_password_shown_once() {
        Team team = teams.create("Fostering " + System.nanoTime());
        String username = "colleague-" + System.nanoTime();
        UsersView page = navigate(UsersView.class);

        test(page.add).click();
        UserDialog dialog = $(UserDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Dana Colleague");
        test(dialog.role).selectItem(RoleText.of(Role.VIEWER));
        dialog.teams.select(dialog.teams.getListDataView().getItems().filter(t -> t.id().equals(team.getId())).findFirst().orElseThrow());
        test(dialog.save).click();

        TemporaryPasswordDialog shown = $(TemporaryPasswordDialog.class).single();
        AppUser created = accounts.findByUsername(username).orElseThrow();
        assertThat(passwordEncoder.matches(shown.password.getValue(), created.getPasswordHash())).isTrue();
        assertThat(created.getRole()).isEqualTo(Role.VIEWER);
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(IntStream.range(0, test(page.grid).size()).mapToObj(i -> test(page.grid).getCellText(i, 0)))
                .contains(username);
    }

    @Test
    void a_user_without_a_team_is_refused_next_to_the_teams() {
        UsersView page = navigate(UsersView.class);

        test(page.add).click();
        UserDialog dialog = $(UserDialog.class).single();
        test(dialog.username).setValue("teamless-" + System.nanoTime());
        test(dialog.displayName).setValue("No Team");
        test(dialog.save).click();

        assertThat(dialog.teams.isInvalid()).isTrue();
        assertThat(dialog.teams.getErrorMessage()).contains("at least one team");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void disabling_a_colleague_shows_in_the_list() {
        String colleague = users.create(Role.MEMBER);
        UsersView page = navigate(UsersView.class);
        int row = rowOf(page, colleague);

        test(page.grid).clickRow(row);
        UserDialog dialog = $(UserDialog.class).single();
        assertThat(dialog.enable.getText()).isEqualTo("Disable");
        test(dialog.enable).click();

        assertThat(test(page.grid).getCellText(rowOf(page, colleague), 4)).isEqualTo("Disabled");
        assertThat(accounts.findByUsername(colleague).orElseThrow().isEnabled()).isFalse();
        assertThat($(Notification.class).all()).isNotEmpty();
    }

    @Test
    void a_team_is_created_renamed_and_shows_its_members() {
        String name = "Missing children " + System.nanoTime();
        TeamsView page = navigate(TeamsView.class);

        test(page.newName).setValue(name);
        test(page.create).click();
        int row = IntStream.range(0, test(page.grid).size())
                .filter(i -> test(page.grid).getCellText(i, 0).equals(name)).findFirst().orElseThrow();
        test(page.grid).select(row);
        test(page.name).setValue(name + " (renamed)");
        test(page.rename).click();

        assertThat(teams.teams()).extracting(t -> t.name()).contains(name + " (renamed)").doesNotContain(name);
    }

    private int rowOf(UsersView page, String username) {
        return IntStream.range(0, test(page.grid).size())
                .filter(i -> test(page.grid).getCellText(i, 0).equals(username)).findFirst().orElseThrow();
    }
}
