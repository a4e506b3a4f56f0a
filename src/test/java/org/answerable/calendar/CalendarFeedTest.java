package org.answerable.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.answerable.account.AccountService;
import org.answerable.account.AppUser;
import org.answerable.account.Role;
import org.answerable.account.Team;
import org.answerable.account.TeamService;
import org.answerable.account.UserAdminService;
import org.answerable.account.UserDraft;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Regime;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.review.RefusedRequests;
import org.answerable.review.RefusedRequests.Refused;
import org.answerable.review.ReviewDraft;
import org.answerable.review.ReviewGround;
import org.answerable.review.ReviewService;
import org.answerable.security.CurrentUser;
import org.answerable.support.FixedClock;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@IntegrationTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
class CalendarFeedTest {

    @Autowired MockMvcTester mvc;
    @Autowired TestUsers users;
    @Autowired CalendarFeedService feeds;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired AccountService accounts;
    @Autowired UserAdminService userAdmin;
    @Autowired TeamService teams;
    @Autowired CurrentUser currentUser;
    @Autowired ReplyService replies;
    @Autowired AnswerService answers;
    @Autowired ReviewService reviews;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_calendar_app_gets_the_teams_deadlines_through_the_secret_link_and_nothing_of_other_teams() throws Exception {
        users.signInNew(Role.MEMBER);
        send("Other team's secret request", LocalDate.of(2025, 6, 27));

        users.signInNew(Role.MEMBER);
        send("Exploitation strategy", LocalDate.of(2025, 6, 27));
        String token = feeds.createFeed();
        TestUsers.signOut();

        MvcTestResult feed = mvc.get().uri("/calendar/" + token + ".ics").exchange();
        assertThat(feed).hasStatusOk();
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        String body = feed.getResponse().getContentAsString();
        assertThat(body).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20250728", "SUMMARY:Response due: Exploitation strategy")
                .doesNotContain("Other team");
        assertThat(body.replace("\r\n ", "")).as("a campaign's requests share a title: the entry names the authority")
                .contains("SUMMARY:Response due: Exploitation strategy — "
                        + authorities.findByCode("LCE").orElseThrow().displayName());
    }

    @Test
    void a_replaced_or_revoked_link_stops_working() throws Exception {
        String member = users.create(Role.MEMBER);
        users.signIn(member);
        String first = feeds.createFeed();
        String second = feeds.createFeed();
        assertThat(mvc.get().uri("/calendar/" + first + ".ics").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/calendar/" + second + ".ics").exchange()).hasStatusOk();

        users.signIn(member);
        feeds.revoke();
        assertThat(mvc.get().uri("/calendar/" + second + ".ics").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/calendar/made-up-token.ics").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_request_ics_download_is_for_its_own_team_only() throws Exception {
        String owner = users.create(Role.MEMBER);
        users.signIn(owner);
        FoiRequest request = send("Budget", LocalDate.of(2025, 6, 27));
        String outsider = users.create(Role.MEMBER);
        TestUsers.signOut();

        MvcTestResult mine = mvc.get().uri("/calendar/request/" + request.getId() + ".ics").with(user(owner).roles("MEMBER")).exchange();
        assertThat(mine).hasStatusOk();
        assertThat(mine.getResponse().getContentAsString()).contains("DTSTART;VALUE=DATE:20250728",
                "DTSTART;VALUE=DATE:20250827", "Long overdue after: Budget");

        assertThat(mvc.get().uri("/calendar/request/" + request.getId() + ".ics").with(user(outsider).roles("MEMBER")).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/calendar/request/" + request.getId() + ".ics").exchange().getResponse().getStatus())
                .as("anonymous visitors are sent to log in").isIn(302, 401);
    }

    @Test
    void a_request_ics_holds_every_deadline_the_team_feed_has_for_it_including_the_review_decision() throws Exception {
        String owner = users.create(Role.MEMBER);
        users.signIn(owner);
        Refused leicester = new RefusedRequests(requests, replies, answers, authorities)
                .refused("Referrals", "LCE", Regime.FOIA, LocalDate.of(2025, 7, 1));
        reviews.ask(leicester.request().getId(), new ReviewDraft(leicester.response().getId(), LocalDate.of(2025, 7, 1),
                List.of(new ReviewDraft.Challenge(leicester.refusal().getId(), EnumSet.of(ReviewGround.COST_ESTIMATE_NOT_CREDIBLE),
                        null)), "Dear Council", LocalDate.of(2025, 7, 7)));
        String token = feeds.createFeed();
        TestUsers.signOut();

        String feed = mvc.get().uri("/calendar/" + token + ".ics").exchange().getResponse().getContentAsString();
        String own = mvc.get().uri("/calendar/request/" + leicester.request().getId() + ".ics")
                .with(user(owner).roles("MEMBER")).exchange().getResponse().getContentAsString();

        assertThat(feed).contains("SUMMARY:Internal review decision due: Referrals", "DTSTART;VALUE=DATE:20250806");
        assertThat(summaries(own)).containsAll(summaries(feed));
    }

    private static List<String> summaries(String ics) {
        return ics.lines().filter(l -> l.startsWith("SUMMARY:") || l.startsWith("DTSTART")).toList();
    }

    @Test
    void a_feed_keeps_to_the_team_it_was_made_in_whichever_team_its_owner_uses_later() throws Exception {
        String owner = users.createInTeam(Role.MEMBER, "First team " + System.nanoTime());
        users.signInNew(Role.ADMIN);
        Team second = teams.create("Second team " + System.nanoTime());
        AppUser user = accounts.findByUsername(owner).orElseThrow();
        userAdmin.update(user.getId(), user.getVersion(), new UserDraft(null, user.getDisplayName(), Role.MEMBER,
                Set.of(user.getTeams().getFirst().getId(), second.getId())));
        users.signIn(owner);
        send("First team's request", LocalDate.of(2025, 6, 27));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        String token;
        try {
            currentUser.switchTeam(second.getId());
            send("Second team's request", LocalDate.of(2025, 6, 27));
            token = feeds.createFeed();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        TestUsers.signOut();

        String body = mvc.get().uri("/calendar/" + token + ".ics").exchange().getResponse().getContentAsString();
        assertThat(body).contains("SUMMARY:Response due: Second team's request").doesNotContain("First team's request");
    }

    private FoiRequest send(String title, LocalDate sent) {
        Authority leicester = authorities.findByCode("LCE").orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(leicester);
        draft.setRegime(leicester.getDefaultRegime());
        draft.setDateSent(sent);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        return requests.create(draft);
    }
}
