package org.answerable.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class UserAdministrationTest {

    @Autowired UserAdminService userAdmin;
    @Autowired TeamService teams;
    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired UserDetailsService userDetails;
    @Autowired TestUsers users;

    SignedInUser admin;
    Team team;

    @BeforeEach
    void signInAnAdministrator() {
        admin = users.signInNew(Role.ADMIN);
        team = teams.create("Campaign " + System.nanoTime());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_new_user_gets_a_temporary_password_that_must_be_changed_at_first_login() {
        IssuedPassword issued = userAdmin.create(draft("newcomer-" + System.nanoTime(), Role.MEMBER));

        AppUser created = accounts.findByUsername(issued.user().getUsername()).orElseThrow();
        assertThat(issued.temporaryPassword()).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        assertThat(passwordEncoder.matches(issued.temporaryPassword(), created.getPasswordHash())).isTrue();
        assertThat(created.getPasswordHash()).doesNotContain(issued.temporaryPassword());
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(created.getTeams()).extracting(Team::getName).containsExactly(team.getName());

        users.signIn(created.getUsername());
        myAccount.changeOwnPassword(issued.temporaryPassword(), "kettle orchard lantern 47");
        assertThat(accounts.findByUsername(created.getUsername()).orElseThrow().isMustChangePassword()).isFalse();
    }

    @Test
    void a_taken_username_and_a_user_without_a_team_are_refused_with_a_reason() {
        String taken = users.create(Role.MEMBER);

        assertThatThrownBy(() -> userAdmin.create(draft(taken.toUpperCase(), Role.MEMBER)))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("already has the username");
        assertThatThrownBy(() -> userAdmin.create(new UserDraft("teamless-" + System.nanoTime(), "Nobody", Role.MEMBER, Set.of())))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("at least one team");
        assertThatThrownBy(() -> userAdmin.create(draft("has spaces", Role.MEMBER)))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("without spaces");
    }

    @Test
    void resetting_a_password_stops_the_old_one_and_asks_for_a_new_one() {
        IssuedPassword first = userAdmin.create(draft("forgetful-" + System.nanoTime(), Role.MEMBER));
        AppUser user = first.user();

        IssuedPassword second = userAdmin.resetPassword(user.getId(), user.getVersion());

        AppUser reset = accounts.findByUsername(user.getUsername()).orElseThrow();
        assertThat(passwordEncoder.matches(first.temporaryPassword(), reset.getPasswordHash())).isFalse();
        assertThat(passwordEncoder.matches(second.temporaryPassword(), reset.getPasswordHash())).isTrue();
        assertThat(reset.isMustChangePassword()).isTrue();
    }

    @Test
    void a_change_based_on_an_old_version_is_refused_and_the_first_change_kept() {
        AppUser user = userAdmin.create(draft("contested-" + System.nanoTime(), Role.MEMBER)).user();
        userAdmin.update(user.getId(), user.getVersion(), new UserDraft(null, "First Name", Role.MEMBER, Set.of(team.getId())));

        assertThatThrownBy(() -> userAdmin.update(user.getId(), user.getVersion(),
                new UserDraft(null, "Second Name", Role.VIEWER, Set.of(team.getId()))))
                .isInstanceOf(AccountChangedException.class).hasMessageContaining("Reload");
        assertThat(userAdmin.get(user.getId()).getDisplayName()).isEqualTo("First Name");
        assertThat(userAdmin.get(user.getId()).getRole()).isEqualTo(Role.MEMBER);
    }

    @Test
    void a_disabled_user_cannot_log_in_and_their_open_session_stops_working() {
        String member = users.create(Role.MEMBER);
        AppUser user = accounts.findByUsername(member).orElseThrow();

        userAdmin.setEnabled(user.getId(), user.getVersion(), false);

        assertThat(userDetails.loadUserByUsername(member).isEnabled()).isFalse();
        assertThat(accounts.signedInUser(member)).as("what every service asks on every call").isEmpty();
        AppUser disabled = userAdmin.get(user.getId());
        userAdmin.setEnabled(disabled.getId(), disabled.getVersion(), true);
        assertThat(accounts.signedInUser(member)).isPresent();
    }

    @Test
    @Transactional // the other administrators are disabled only inside this test's transaction
    void the_last_active_administrator_can_be_neither_disabled_nor_demoted() {
        userAdmin.users().stream()
                .filter(u -> u.getRole() == Role.ADMIN && u.isEnabled() && !u.getId().equals(admin.userId()))
                .forEach(other -> userAdmin.setEnabled(other.getId(), other.getVersion(), false));
        AppUser me = userAdmin.get(admin.userId());

        assertThatThrownBy(() -> userAdmin.setEnabled(me.getId(), me.getVersion(), false))
                .isInstanceOf(AccountRuleException.class)
                .hasMessage("Answerable needs at least one active administrator. Make someone else an administrator first.");
        assertThatThrownBy(() -> userAdmin.update(me.getId(), me.getVersion(),
                new UserDraft(null, me.getDisplayName(), Role.MEMBER, Set.of(team.getId()))))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("at least one active administrator");
        assertThat(userAdmin.get(me.getId()).getRole()).isEqualTo(Role.ADMIN);
        assertThat(userAdmin.get(me.getId()).isEnabled()).isTrue();
    }

    @Test
    void an_administrator_can_step_down_while_another_one_remains() {
        users.create(Role.ADMIN);
        AppUser me = userAdmin.get(admin.userId());

        AppUser demoted = userAdmin.update(me.getId(), me.getVersion(),
                new UserDraft(null, me.getDisplayName(), Role.MEMBER, Set.of(team.getId())));

        assertThat(demoted.getRole()).isEqualTo(Role.MEMBER);
    }

    @Test
    void members_and_viewers_cannot_manage_users_or_teams() {
        for (Role role : List.of(Role.MEMBER, Role.VIEWER)) {
            users.signInNew(role);
            assertThatThrownBy(() -> userAdmin.users()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> userAdmin.create(draft("sneaky-" + System.nanoTime(), Role.ADMIN)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> teams.create("Sneaky team " + System.nanoTime())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void teams_are_created_renamed_and_list_their_members() {
        String member = users.create(Role.MEMBER);
        AppUser user = accounts.findByUsername(member).orElseThrow();
        userAdmin.update(user.getId(), user.getVersion(),
                new UserDraft(null, user.getDisplayName(), Role.MEMBER, Set.of(team.getId())));

        Team renamed = teams.rename(team.getId(), team.getVersion(), "  Renamed campaign " + System.nanoTime() + " ");

        assertThat(renamed.getName()).startsWith("Renamed campaign").doesNotEndWith(" ");
        assertThat(teams.members(team.getId())).extracting(AppUser::getUsername).containsExactly(member);
        assertThat(teams.teams()).filteredOn(t -> t.id().equals(team.getId())).singleElement()
                .satisfies(t -> assertThat(t.members()).isEqualTo(1));
        assertThatThrownBy(() -> teams.create(renamed.getName().toUpperCase()))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("already a team called");
        assertThatThrownBy(() -> teams.rename(team.getId(), team.getVersion(), "Stale"))
                .isInstanceOf(AccountChangedException.class);
    }

    private UserDraft draft(String username, Role role) {
        return new UserDraft(username, "Person " + username, role, Set.of(team.getId()));
    }
}
