package org.answerable.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.answerable.Application;
import org.answerable.account.AccountService;
import org.answerable.account.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The whole application on a fresh embedded database, with a member "bench" in "Bench team". */
final class BenchApplication {

    private BenchApplication() {
    }

    static ConfigurableApplicationContext start(String dataDirPrefix) throws IOException {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--answerable.data-dir=" + Files.createTempDirectory(dataDirPrefix), "--server.port=0",
                        "--spring.main.banner-mode=off", "--answerable.admin.password=bench-admin-password",
                        "--logging.level.root=warn", "--logging.level.org.answerable.bench=info");
        app.getBean(AccountService.class).createUser("bench", "Bench", "bench-password-long", Role.MEMBER, "Bench team");
        return app;
    }

    /** Signs "bench" in for this thread, as a login would. */
    static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bench", null, List.of(new SimpleGrantedAuthority(Role.MEMBER.authority()))));
    }
}
