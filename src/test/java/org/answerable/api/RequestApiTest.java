package org.answerable.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.time.LocalDate;
import org.answerable.account.AccountService;
import org.answerable.account.AppUser;
import org.answerable.account.Role;
import org.answerable.account.UserAdminService;
import org.answerable.request.FoiRequest;
import org.answerable.support.ExploitationRequests;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * A data journalist's script reads the team's requests and answers with a personal token, through
 * the real security filters; no session or login is involved.
 */
@IntegrationTest
class RequestApiTest {

    @Autowired WebApplicationContext application;
    @Autowired TestUsers users;
    @Autowired ExploitationRequests examples;
    @Autowired ApiTokenService tokens;
    @Autowired AccountService accounts;
    @Autowired UserAdminService userAdmin;

    MockMvcTester mvc;
    String username;
    FoiRequest leicester;
    String token;

    @BeforeEach
    void aViewerWithATokenAndAnAnsweredRequest() {
        Filter security = application.getBean("springSecurityFilterChain", Filter.class);
        mvc = MockMvcTester.from(application, builder -> builder.addFilters(security).build());
        username = users.create(Role.MEMBER);
        users.signIn(username);
        leicester = examples.sendAndAnswer("LCE");
        examples.send("COV");
        token = tokens.create("notebook", null).secret();
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_call_without_a_working_token_gets_401_with_a_json_error() {
        assertUnauthorized(mvc.get().uri("/api/v1/requests").exchange());
        assertUnauthorized(mvc.get().uri("/api/v1/requests").header("Authorization", "Basic dXNlcjpwYXNz").exchange());
        assertUnauthorized(call("/api/v1/requests", "ans_not-a-real-token"));
        assertUnauthorized(call("/api/v1/requests/" + leicester.getId(), token.substring(0, token.length() - 1)));
    }

    @Test
    void a_revoked_token_stops_working_at_once_and_one_with_a_last_day_works_through_it() {
        assertThat(call("/api/v1/requests", token)).hasStatusOk();
        users.signIn(username);
        ApiTokenSummary made = tokens.mine().getFirst();
        tokens.revoke(made.id());
        String lastDayToday = tokens.create("today only", LocalDate.now()).secret();
        TestUsers.signOut();

        assertUnauthorized(call("/api/v1/requests", token));
        assertThat(call("/api/v1/requests", lastDayToday)).as("works through its last day").hasStatusOk();
    }

    @Test
    void a_disabled_users_tokens_stop_working() {
        users.signInNew(Role.ADMIN);
        AppUser user = accounts.findByUsername(username).orElseThrow();
        userAdmin.setEnabled(user.getId(), user.getVersion(), false);
        TestUsers.signOut();

        assertUnauthorized(call("/api/v1/requests", token));
    }

    @Test
    void the_list_holds_only_the_tokens_team_and_filters_like_the_requests_page() {
        users.signInNew(Role.MEMBER);
        FoiRequest otherTeams = examples.send("LCE");
        TestUsers.signOut();

        MvcTestResult all = call("/api/v1/requests", token);
        assertThat(all).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(all).bodyJson().extractingPath("$.totalElements").isEqualTo(2);
        assertThat(all).bodyJson().extractingPath("$.requests[*].id").asArray()
                .doesNotContain(otherTeams.getId().intValue());

        MvcTestResult coventry = call("/api/v1/requests?authority=cov&size=1", token);
        assertThat(coventry).bodyJson().isLenientlyEqualTo("""
                {"page":0,"size":1,"totalElements":1,"totalPages":1,
                 "requests":[{"title":"Child exploitation 2015-2024",
                   "authority":{"code":"COV","name":"Coventry City Council"},
                   "regime":"FOIA","status":"AWAITING_RESPONSE","statusLabel":"Awaiting response",
                   "dateSent":"2025-06-02","dateReceived":"2025-06-02","reference":"FOI-123","tags":["cse"]}]}
                """);
        assertThat(call("/api/v1/requests?status=partly_refused", token)).bodyJson()
                .extractingPath("$.requests[*].id").asArray().containsExactly(leicester.getId().intValue());
        assertThat(call("/api/v1/requests?sentFrom=2025-06-03", token)).bodyJson()
                .extractingPath("$.totalElements").isEqualTo(0);
    }

    @Test
    void bad_parameters_are_explained_not_ignored() {
        assertThat(call("/api/v1/requests?size=201", token)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.error").asString().contains("between 1 and 200");
        assertThat(call("/api/v1/requests?sentFrom=2/6/2025", token)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.error").asString().contains("sentFrom");
        assertThat(call("/api/v1/requests?authority=NOPE", token)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(call("/api/v1/requests?status=LOST", token)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_request_comes_with_its_questions_and_dates() {
        MvcTestResult result = call("/api/v1/requests/" + leicester.getId(), token);

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"id":%d,"title":"Child exploitation 2015-2024","authority":{"code":"LCE"},
                 "status":"PARTLY_REFUSED","dateSent":"2025-06-02","responseDue":"2025-06-30",
                 "channel":"EMAIL","whatDoTheyKnowUrl":null,"tags":["cse"],
                 "questions":[{"label":"1","text":"How many children were assessed at risk, by year?"},
                              {"label":"2","text":"What was the budget?"}]}
                """.formatted(leicester.getId()));
    }

    @Test
    void answers_keep_suppressed_and_not_recorded_figures_as_markers_never_zero() {
        MvcTestResult result = call("/api/v1/requests/" + leicester.getId() + "/answers", token);

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"requestId":%d,"answers":[
                  {"questionLabel":"1","answered":true,"outcome":"ANSWERED","provisionsCited":[],
                   "dataTable":{"columns":["CSE","CCE"],"rows":[
                     {"label":"2023","cells":[{"text":"18","kind":"NUMBER","value":18},
                                              {"text":"<5","kind":"SUPPRESSED","value":null}]},
                     {"label":"2024","cells":[{"text":"21","kind":"NUMBER","value":21},
                                              {"text":"-","kind":"NOT_RECORDED","value":null}]}]}},
                  {"questionLabel":"2","answered":true,"outcome":"REFUSED","outcomeLabel":"Refused",
                   "provisionsCited":["FOIA-s12"],"publicInterestTestStated":true,"costEstimate":"18 hours",
                   "dataTable":null}]}
                """.formatted(leicester.getId()));
    }

    @Test
    void another_teams_request_is_not_found_rather_than_forbidden() {
        users.signInNew(Role.MEMBER);
        FoiRequest otherTeams = examples.sendAndAnswer("LCE");
        TestUsers.signOut();

        for (String path : new String[] {"/api/v1/requests/" + otherTeams.getId(),
                "/api/v1/requests/" + otherTeams.getId() + "/answers", "/api/v1/requests/999999999"}) {
            MvcTestResult result = call(path, token);
            assertThat(result).as(path).hasStatus(HttpStatus.NOT_FOUND)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
            assertThat(result).bodyJson().extractingPath("$.error").asString().contains("could not be found");
        }
    }

    @Test
    void the_api_makes_no_session_and_a_signed_in_browser_cannot_use_it_without_a_token() {
        MvcTestResult result = call("/api/v1/requests", token);
        assertThat(result).hasStatusOk();
        assertThat(result.getRequest().getSession(false)).as("stateless").isNull();
        assertThat(result.getResponse().getCookies()).isEmpty();

        users.signIn(username);
        assertUnauthorized(mvc.get().uri("/api/v1/requests").exchange());
    }

    private MvcTestResult call(String path, String secret) {
        return mvc.get().uri(path).header("Authorization", "Bearer " + secret).exchange();
    }

    private static void assertUnauthorized(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.error").asString().contains("token");
    }
}
