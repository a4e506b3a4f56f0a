package org.answerable.jobs;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs (mail polling, reminders) and the lock that lets only one app instance run each
 * at a time: Spring Integration's JdbcLockRegistry on the shared database (table INT_LOCK, V16).
 * A lock outlives a crashed instance by at most {@link #LOCK_TIME_TO_LIVE}.
 */
@Configuration
class JobsConfiguration {

    static final Duration LOCK_TIME_TO_LIVE = Duration.ofMinutes(10);

    @Bean
    DefaultLockRepository jobLockRepository(DataSource dataSource) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource);
        repository.setRegion("answerable-jobs");
        repository.setTimeToLive((int) LOCK_TIME_TO_LIVE.toMillis());
        return repository;
    }

    @Bean
    JdbcLockRegistry jobLockRegistry(DefaultLockRepository jobLockRepository) {
        return new JdbcLockRegistry(jobLockRepository, LOCK_TIME_TO_LIVE);
    }

    /** Off in tests (answerable.jobs.enabled=false), which run the jobs themselves. */
    @Configuration
    @EnableScheduling
    @ConditionalOnProperty(name = "answerable.jobs.enabled", havingValue = "true", matchIfMissing = true)
    static class Scheduling {
    }
}
