package org.answerable.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.answerable.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;

/** Two app instances, each with its own lock registry on the shared database (table INT_LOCK from V16). */
@IntegrationTest
class ClusterLockTest {

    @Autowired ClusterLock thisInstance;
    @Autowired DataSource dataSource;
    @Autowired ApplicationContext context;

    private ClusterLock otherInstance() {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource);
        repository.setRegion("answerable-jobs");
        repository.setApplicationContext(context);
        repository.afterPropertiesSet();
        repository.afterSingletonsInstantiated();
        return new ClusterLock(new JdbcLockRegistry(repository, Duration.ofMinutes(10)));
    }

    @Test
    void a_job_runs_on_one_instance_at_a_time_and_the_other_skips_it() {
        ClusterLock other = otherInstance();

        Optional<String> inner = thisInstance.runAlone("test-job", () -> other.runAlone("test-job", () -> "both ran")
                .orElse("the other instance skipped it"));

        assertThat(inner).contains("the other instance skipped it");
        assertThat(other.runAlone("test-job", () -> "ran after release")).contains("ran after release");
    }
}
