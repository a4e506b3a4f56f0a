package org.answerable.ops;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.answerable.account.Role;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

/** Runs on whichever test database is configured: in-memory H2, or PostgreSQL in the second pass. */
@IntegrationTest
class BackupServiceTest {

    @Autowired TestUsers users;
    @Autowired BackupService backups;
    @Value("${spring.datasource.url}") String databaseUrl;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void only_an_administrator_may_back_up_the_database() {
        users.signInNew(Role.MEMBER);

        assertThatThrownBy(backups::backUpNow).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_database_without_a_file_to_copy_is_refused_with_what_to_do_instead() {
        users.signInNew(Role.ADMIN);
        String advice = databaseUrl.startsWith("jdbc:postgresql:") ? "pg_dump" : "held in memory only";

        assertThatThrownBy(backups::backUpNow).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining(advice);
    }
}
