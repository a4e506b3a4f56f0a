package org.answerable.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import java.util.Set;
import org.answerable.account.AccountService;
import org.answerable.account.AppUser;
import org.answerable.account.IssuedPassword;
import org.answerable.account.Role;
import org.answerable.account.Team;
import org.answerable.account.TeamService;
import org.answerable.account.UserAdminService;
import org.answerable.account.UserDraft;
import org.answerable.security.ui.LoginView;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person's own account: choosing a password at first login, changing it later, being disabled. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class AccountViewsTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired UserAdminService userAdmin;
    @Autowired TeamService teams;
    @Autowired AccountService accounts;
    @Autowired PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void someone_with_a_temporary_password_must_choose_their_own_before_anything_else() {
        IssuedPassword issued = newUserWithTemporaryPassword();
        users.signIn(issued.user().getUsername());

        navigate("requests", ChangePasswordView.class);
        navigate("admin/users", ChangePasswordView.class);
        ChangePasswordView page = navigate("calculator", ChangePasswordView.class);

        test(page.form.currentPassword).setValue(issued.temporaryPassword());
        test(page.form.newPassword).setValue("heather compass umbrella 9");
        test(page.form.repeatPassword).setValue("heather compass umbrella 9");
        test(page.form.change).click();

        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
        AppUser after = accounts.findByUsername(issued.user().getUsername()).orElseThrow();
        assertThat(after.isMustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches("heather compass umbrella 9", after.getPasswordHash())).isTrue();
        assertThat(navigate("requests", Main.class).getClass().getSimpleName()).isEqualTo("RequestsView");
    }

    @Test
    void a_common_password_is_refused_next_to_the_field_and_nothing_changes() {
        String username = users.create(Role.MEMBER);
        users.signIn(username);
        AccountView page = navigate(AccountView.class);

        test(page.passwordForm.currentPassword).setValue(TestUsers.PASSWORD);
        test(page.passwordForm.newPassword).setValue("Password1234");
        test(page.passwordForm.repeatPassword).setValue("Password1234");
        test(page.passwordForm.change).click();

        assertThat(page.passwordForm.newPassword.isInvalid()).isTrue();
        assertThat(page.passwordForm.newPassword.getErrorMessage()).contains("passwords attackers try first");
        assertThat(passwordEncoder.matches(TestUsers.PASSWORD,
                accounts.findByUsername(username).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void two_different_new_passwords_are_refused_next_to_the_second() {
        users.signInNew(Role.MEMBER);
        AccountView page = navigate(AccountView.class);

        test(page.passwordForm.currentPassword).setValue(TestUsers.PASSWORD);
        test(page.passwordForm.newPassword).setValue("heather compass umbrella 9");
        test(page.passwordForm.repeatPassword).setValue("heather compass umbrella 8");
        test(page.passwordForm.change).click();

        assertThat(page.passwordForm.repeatPassword.isInvalid()).isTrue();
        assertThat(page.passwordForm.repeatPassword.getErrorMessage()).contains("type the same one twice");
    }

    @Test
    void the_account_page_lists_the_users_teams() {
        String teamName = "Exploitation inquiry " + System.nanoTime();
        users.signIn(users.createInTeam(Role.VIEWER, teamName));

        AccountView page = navigate(AccountView.class);

        assertThat($(ListItem.class, page.teams).all()).extracting(ListItem::getText).containsExactly(teamName);
    }

    @Test
    void a_user_disabled_while_signed_in_is_sent_to_the_login_page_at_their_next_click() {
        String username = users.create(Role.MEMBER);
        users.signInNew(Role.ADMIN);
        AppUser user = accounts.findByUsername(username).orElseThrow();
        userAdmin.setEnabled(user.getId(), user.getVersion(), false);
        users.signInUnchecked(username, Role.MEMBER);

        navigate("requests", LoginView.class);

        LoginForm login = $(LoginForm.class).single();
        assertThat(login.isError()).isTrue();
        assertThat(String.valueOf(login.getElement().getPropertyRaw("i18n"))).contains("This account has been disabled");
    }

    private IssuedPassword newUserWithTemporaryPassword() {
        users.signInNew(Role.ADMIN);
        Team team = teams.create("Team " + System.nanoTime());
        return userAdmin.create(new UserDraft("starter-" + System.nanoTime(), "New Starter", Role.MEMBER, Set.of(team.getId())));
    }
}
