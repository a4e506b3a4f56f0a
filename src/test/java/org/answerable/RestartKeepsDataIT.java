package org.answerable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.answerable.account.AccountService;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityService;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The embedded database lives in the data directory: stop the app, start it, the request is there. */
class RestartKeepsDataIT {

    @TempDir Path dataDir;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_request_created_before_a_restart_is_still_there_after_it() {
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(AccountService.class).createUser("campaigner", "Campaigner", "a long enough password",
                    Role.MEMBER, "Restart team");
            signIn("campaigner");
            RequestDraft draft = new RequestDraft();
            draft.setTitle("Survives restarts");
            draft.setAuthority(app.getBean(AuthorityService.class).findByCode("LCE").orElseThrow());
            draft.setRegime(draft.getAuthority().getDefaultRegime());
            draft.setDateSent(LocalDate.of(2025, 6, 27));
            draft.setQuestions(List.of(new QuestionDraft("1", "How many cases?")));
            app.getBean(RequestService.class).create(draft);
        }
        assertThat(Files.exists(dataDir.resolve("answerable.mv.db"))).as("database file in the data directory").isTrue();

        try (ConfigurableApplicationContext app = start()) {
            signIn("campaigner");
            List<FoiRequest> found = app.getBean(RequestService.class)
                    .list(RequestFilter.none(), PageRequest.of(0, 10)).getContent();
            assertThat(found).extracting(FoiRequest::getTitle).containsExactly("Survives restarts");
            assertThat(app.getBean(AuthorityService.class).count())
                    .as("the directory is loaded once, not again on restart").isEqualTo(397);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run("--answerable.data-dir=" + dataDir, "--server.port=0",
                        "--answerable.admin.password=restart-test-admin", "--spring.main.banner-mode=off");
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }
}
