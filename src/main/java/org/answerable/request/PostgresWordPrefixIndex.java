package org.answerable.request;

import java.sql.SQLException;
import java.sql.Statement;
import org.answerable.base.OneTimeJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, rebuilds the search word index so that {@code word LIKE 'hous%'} can use it.
 * Under a database locale other than C, PostgreSQL reads a plain text index only for equality, so
 * each search read every word of the team (a common word took 0.1-0.4 s at 100,000 requests);
 * {@code varchar_pattern_ops} orders the words byte by byte, which prefix matching needs. H2 already
 * compares that way and keeps the index of V8. Runs once, after V12.
 */
@Component
public class PostgresWordPrefixIndex extends OneTimeJavaMigration {

    public PostgresWordPrefixIndex() {
        super("12.1", "search word prefix index on PostgreSQL");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create index ix_request_search_word_prefix"
                    + " on request_search_word (team_id, word varchar_pattern_ops, request_id)");
            sql.execute("drop index ix_request_search_word_team_word");
        }
    }
}
