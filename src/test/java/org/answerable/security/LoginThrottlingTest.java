package org.answerable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Logging in through the real security filters: failures lock a username for a while; every try is recorded. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingTest {

    private static final String WRONG = "not-the-password-42";

    @Autowired WebApplicationContext application;
    @Autowired TestUsers users;
    @Autowired LoginThrottle throttle;
    @Autowired LoginAttemptRepository attempts;

    MockMvc browser;
    String username;

    @BeforeEach
    void openTheLoginPage() {
        Filter security = application.getBean("springSecurityFilterChain", Filter.class);
        browser = MockMvcBuilders.webAppContextSetup(application).addFilters(security).build();
        username = users.create(Role.MEMBER);
    }

    @Test
    void the_right_password_lets_the_user_in_and_the_success_is_recorded() throws Exception {
        assertThat(logIn(username, TestUsers.PASSWORD).getRedirectedUrl()).doesNotContain("login");

        assertThat(attemptsFor(username)).singleElement().satisfies(a -> {
            assertThat(a.isSuccess()).isTrue();
            assertThat(a.getRemoteAddress()).isNotBlank();
        });
    }

    @Test
    void after_five_failures_even_the_right_password_is_refused_with_its_own_message() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(username, WRONG).getRedirectedUrl()).isEqualTo("/login?error");
        }

        assertThat(logIn(username, TestUsers.PASSWORD).getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(logIn(username.toUpperCase(), TestUsers.PASSWORD).getRedirectedUrl())
                .as("the same name typed in capitals is the same username").isEqualTo("/login?locked");
        assertThat(throttle.lockedUntil(username)).get().satisfies(until ->
                assertThat(until).isBetween(Instant.now().plus(14, ChronoUnit.MINUTES), Instant.now().plus(16, ChronoUnit.MINUTES)));
        assertThat(attemptsFor(username)).hasSize(7).noneMatch(LoginAttempt::isSuccess);
    }

    @Test
    void the_lock_ends_fifteen_minutes_after_the_last_failure() throws Exception {
        for (int i = 0; i < 5; i++) {
            logIn(username, WRONG);
        }
        Instant locked = throttle.lockedUntil(username).orElseThrow();

        assertThat(throttle.lockedUntil(username, locked.minusSeconds(1))).isPresent();
        assertThat(throttle.lockedUntil(username, locked.plusSeconds(1))).isEmpty();
    }

    @Test
    void four_failures_then_a_success_start_the_count_again() throws Exception {
        for (int i = 0; i < 4; i++) {
            logIn(username, WRONG);
        }
        assertThat(logIn(username, TestUsers.PASSWORD).getRedirectedUrl()).doesNotContain("login");
        logIn(username, WRONG);

        assertThat(throttle.lockedUntil(username)).isEmpty();
    }

    @Test
    void an_unknown_username_is_throttled_and_recorded_like_any_other() throws Exception {
        String nobody = "nobody-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(nobody, WRONG).getRedirectedUrl()).isEqualTo("/login?error");
        }

        assertThat(logIn(nobody, WRONG).getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(attemptsFor(nobody)).hasSize(6);
    }

    @Test
    void passwords_are_neither_stored_nor_logged_and_usernames_stay_out_of_the_log(CapturedOutput log) throws Exception {
        logIn(username, WRONG);
        logIn(username, TestUsers.PASSWORD);

        assertThat(attemptsFor(username)).extracting(LoginAttempt::getUsername, LoginAttempt::getFailureReason)
                .containsExactlyInAnyOrder(tuple(username, "BAD_CREDENTIALS"),
                        tuple(username, null));
        assertThat(log.getAll()).doesNotContain(WRONG).doesNotContain(TestUsers.PASSWORD).doesNotContain(username);
    }

    private MockHttpServletResponse logIn(String name, String password) throws Exception {
        return browser.perform(post("/login").param("username", name).param("password", password).with(csrf()))
                .andReturn().getResponse();
    }

    private List<LoginAttempt> attemptsFor(String name) {
        return attempts.findByUsernameKeyAndAttemptedAtAfterOrderByAttemptedAtDescIdDesc(LoginAttempt.keyOf(name),
                Instant.now().minus(1, ChronoUnit.HOURS));
    }
}
