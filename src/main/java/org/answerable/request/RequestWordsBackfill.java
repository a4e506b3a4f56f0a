package org.answerable.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.answerable.base.OneTimeJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 8.1: fills the search words (V8) of requests saved before they existed. It is Java
 * because splitting text into words the way {@link SearchWords} does has no SQL that H2 and
 * PostgreSQL share. Spring Boot hands this bean to Flyway, which runs it once, after V8.
 */
@Component
public class RequestWordsBackfill extends OneTimeJavaMigration {

    private static final int BATCH = 1_000;

    public RequestWordsBackfill() {
        super("8.1", "search words for existing requests");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        fillMissing(context.getConnection());
    }

    /** Indexes every request that has no search word yet; also used by the scale benchmark. */
    public static int fillMissing(Connection connection) throws SQLException {
        Map<Long, List<String>> tags = tagsByRequest(connection);
        int indexed = 0;
        try (Statement read = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into request_search_word (request_id, team_id, word) values (?, ?, ?)")) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("select id, team_id, title, authority_reference, request_text "
                    + "from foi_request r where not exists (select 1 from request_search_word w where w.request_id = r.id)")) {
                int pending = 0;
                while (rows.next()) {
                    long id = rows.getLong(1);
                    long teamId = rows.getLong(2);
                    for (String word : SearchWords.of(rows.getString(3), rows.getString(4), rows.getString(5),
                            String.join(" ", tags.getOrDefault(id, List.of())))) {
                        insert.setLong(1, id);
                        insert.setLong(2, teamId);
                        insert.setString(3, word);
                        insert.addBatch();
                        pending++;
                    }
                    indexed++;
                    if (pending >= BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
        return indexed;
    }

    private static Map<Long, List<String>> tagsByRequest(Connection connection) throws SQLException {
        Map<Long, List<String>> tags = new HashMap<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select request_id, tag from request_tag")) {
            while (rows.next()) {
                tags.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return tags;
    }
}
