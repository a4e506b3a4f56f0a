package org.answerable.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.answerable.Application;
import org.answerable.account.AccountService;
import org.answerable.account.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The whole application on a fresh embedded database (or, with {@code -Dbench.postgres.url}, an empty
 * PostgreSQL one), with a member "bench" in "Bench team".
 */
final class BenchApplication {

    private BenchApplication() {
    }

    static ConfigurableApplicationContext start(String dataDirPrefix) throws IOException {
        List<String> args = new ArrayList<>(List.of("--answerable.data-dir=" + Files.createTempDirectory(dataDirPrefix),
                "--server.port=0", "--spring.main.banner-mode=off", "--answerable.admin.password=bench-admin-password",
                "--logging.level.root=warn", "--logging.level.org.answerable.bench=info"));
        String postgres = System.getProperty("bench.postgres.url");
        if (postgres != null) {
            // An EMPTY PostgreSQL database, e.g. -Dbench.postgres.url=jdbc:postgresql://127.0.0.1:5432/answerable_bench
            args.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + postgres,
                    "--spring.datasource.username=" + System.getProperty("bench.postgres.user", "answerable"),
                    "--spring.datasource.password=" + System.getProperty("bench.postgres.password", "")));
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
        app.getBean(AccountService.class).createUser("bench", "Bench", "bench-password-long", Role.MEMBER, "Bench team");
        return app;
    }

    /** Signs "bench" in for this thread, as a login would. */
    static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bench", null, List.of(new SimpleGrantedAuthority(Role.MEMBER.authority()))));
    }
}
