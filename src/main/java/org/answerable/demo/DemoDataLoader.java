package org.answerable.demo;

import org.answerable.account.AccountService;
import org.answerable.account.AppUser;
import org.answerable.account.Team;
import org.answerable.security.CurrentUser;
import org.answerable.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a clearly labelled sample when the app starts with {@code --demo}
 * (or {@code answerable.demo=true}), so a first-time user sees every screen with something on it.
 * It runs after the first administrator, the directory and the bank holidays are in place, and
 * refuses any database that already holds a team's work: a demo must never mix with real requests.
 */
@Component
@Order(100)
class DemoDataLoader implements StartupTask {

    static final String DEMO_TEAM_NAME = "Demo team (sample data)";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final DemoContent content;
    private final boolean demoProperty;
    private final ApplicationArguments args;
    private final String adminUsername;

    DemoDataLoader(JdbcClient jdbc, AccountService accounts, CurrentUser currentUser, DemoContent content,
            @Value("${answerable.demo:false}") boolean demoProperty, ApplicationArguments args,
            @Value("${answerable.admin.username:admin}") String adminUsername) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.content = content;
        this.demoProperty = demoProperty;
        this.args = args;
        this.adminUsername = adminUsername;
    }

    @Override
    public void run() {
        if (demoProperty || args.containsOption("demo")) {
            load();
        }
    }

    /** Loads the sample; false, with the reason logged, when the database already holds data. */
    boolean load() {
        String refusal = whyNotEmpty();
        if (refusal != null) {
            // One line: log viewers and journald show a record's line breaks as symbols, breaking the command.
            log.warn("Demo data not loaded: {}. The demo only goes into an empty database: start it on a data "
                    + "directory of its own, e.g. ANSWERABLE_DATA_DIR=./demo-data java -jar answerable.jar --demo", refusal);
            return false;
        }
        AppUser admin = accounts.findByUsername(adminUsername).orElseThrow();
        Team team = accounts.teamsOf(adminUsername).getFirst();
        currentUser.callAs(admin.getId(), team.getId(), () -> {
            content.load(team);
            return true;
        });
        log.warn("Demo data loaded into the team \"{}\": sample requests, replies and a campaign. Sign in as '{}'.",
                DEMO_TEAM_NAME, adminUsername);
        return true;
    }

    private String whyNotEmpty() {
        long requests = count("foi_request");
        long campaigns = count("campaign");
        long users = count("app_user");
        long teams = count("team");
        if (requests > 0 || campaigns > 0) {
            return "the database already holds " + requests + " request(s) and " + campaigns + " campaign(s)";
        }
        if (users != 1 || teams != 1) {
            return "the database already has " + users + " users in " + teams + " teams";
        }
        return null;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
