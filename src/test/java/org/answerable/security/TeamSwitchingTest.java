package org.answerable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.answerable.account.AccountService;
import org.answerable.account.AppUser;
import org.answerable.account.Role;
import org.answerable.account.Team;
import org.answerable.account.TeamService;
import org.answerable.account.UserAdminService;
import org.answerable.account.UserDraft;
import org.answerable.authority.AuthorityService;
import org.answerable.base.NotFoundException;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Someone in two teams works in one at a time, chosen for their browser session, and sees only that team's requests. */
@IntegrationTest
class TeamSwitchingTest {

    @Autowired TestUsers users;
    @Autowired CurrentUser currentUser;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired AccountService accounts;
    @Autowired UserAdminService userAdmin;
    @Autowired TeamService teams;

    String username;
    Team first;
    Team second;

    @BeforeEach
    void aCampaignerInTwoTeams() {
        String firstName = "Children's services " + System.nanoTime();
        username = users.createInTeam(Role.MEMBER, firstName);
        users.signInNew(Role.ADMIN);
        second = teams.create("Housing " + System.nanoTime());
        AppUser user = accounts.findByUsername(username).orElseThrow();
        first = user.getTeams().getFirst();
        userAdmin.update(user.getId(), user.getVersion(),
                new UserDraft(null, user.getDisplayName(), Role.MEMBER, Set.of(first.getId(), second.getId())));
        users.signIn(username);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void signOut() {
        RequestContextHolder.resetRequestAttributes();
        TestUsers.signOut();
    }

    @Test
    void the_first_team_is_active_until_the_user_switches() {
        assertThat(currentUser.require().teamName()).isEqualTo(first.getName());
        assertThat(currentUser.teams()).extracting(Team::getName).containsExactly(first.getName(), second.getName());

        currentUser.switchTeam(second.getId());

        assertThat(currentUser.require().teamName()).isEqualTo(second.getName());
    }

    @Test
    void after_switching_the_other_teams_requests_are_out_of_sight_and_their_ids_not_found() {
        FoiRequest inFirst = requests.create(draft("Looked-after children placements"));

        currentUser.switchTeam(second.getId());

        assertThat(requests.list(RequestFilter.none(), PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> requests.get(inFirst.getId())).isInstanceOf(NotFoundException.class);
        FoiRequest inSecond = requests.create(draft("Temporary accommodation"));
        assertThat(inSecond.getTeamId()).isEqualTo(second.getId());

        currentUser.switchTeam(first.getId());
        assertThat(requests.list(RequestFilter.none(), PageRequest.of(0, 10)))
                .extracting(FoiRequest::getTitle).containsExactly("Looked-after children placements");
    }

    @Test
    void a_team_the_user_does_not_belong_to_cannot_be_chosen() {
        Team stranger = accounts.findByUsername(users.create(Role.MEMBER)).orElseThrow().getTeams().getFirst();

        assertThatThrownBy(() -> currentUser.switchTeam(stranger.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(currentUser.require().teamName()).isEqualTo(first.getName());
    }

    @Test
    void removed_from_the_active_team_the_user_falls_back_to_a_team_they_still_belong_to() {
        currentUser.switchTeam(second.getId());
        users.signInNew(Role.ADMIN);
        AppUser user = accounts.findByUsername(username).orElseThrow();
        userAdmin.update(user.getId(), user.getVersion(),
                new UserDraft(null, user.getDisplayName(), Role.MEMBER, Set.of(first.getId())));
        users.signIn(username);

        assertThat(currentUser.require().teamName()).isEqualTo(first.getName());
    }

    private RequestDraft draft(String title) {
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(authorities.findByCode("LCE").orElseThrow());
        draft.setRegime(authorities.findByCode("LCE").orElseThrow().getDefaultRegime());
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        return draft;
    }
}
