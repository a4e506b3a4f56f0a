package org.answerable.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.answerable.insight.InsightFilter;
import org.answerable.insight.InsightService;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8's refusal-insight aggregations on the scale data: each query of the insights page, with
 * no filter (the whole team) and with each filter the page offers. Adds what the scale data lacks
 * for them: a dated reply for every request no longer awaiting one, and a 400-request campaign.
 *
 * <p>H2 hands back the previous result of an identical query while its tables are unchanged, which
 * would time a cache; each run therefore first changes one answer and one request (well under a
 * millisecond), as a team at work does between two visits to the page.
 */
final class InsightBenchmark {

    private static final int WARMUPS = 1;
    private static final int RUNS = 10;

    private InsightBenchmark() {
    }

    static List<Measurements.Result> run(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        Long teamId = jdbc.queryForObject("select id from team where name = 'Bench team'", Long.class);
        Long campaignId = addRepliesAndACampaign(jdbc, teamId);
        jdbc.update("delete from request_provision_tally");
        backfill(jdbc, "V10__insight_tallies.sql");
        backfill(jdbc, "V11__first_reply_date.sql");
        ScaleBenchmark.settle(jdbc);
        touch = jdbc;
        InsightService insights = app.getBean(InsightService.class);
        List<Long> authorityIds = jdbc.queryForList("select distinct authority_id from foi_request where team_id = ?",
                Long.class, teamId);
        Random random = new Random(11);
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2022, 12, 31);

        List<Measurements.Result> results = new ArrayList<>();
        results.add(Measurements.measure("insights: whole page, no filter (4 queries)", WARMUPS, RUNS,
                () -> insights.insights(touched(InsightFilter::none))));
        measureEach(results, "no filter", insights, () -> InsightFilter.none());
        measureEach(results, "one authority", insights,
                () -> new InsightFilter(null, authorityIds.get(random.nextInt(authorityIds.size())), null, null));
        measureEach(results, "one year sent", insights, () -> new InsightFilter(null, null, from, to));
        measureEach(results, "one campaign (400 requests)", insights, () -> new InsightFilter(campaignId, null, null, null));
        return results;
    }

    private static void measureEach(List<Measurements.Result> results, String filtered, InsightService insights,
            Supplier<InsightFilter> filter) {
        measureEach(results, filtered, insights, WARMUPS, RUNS, filter);
    }

    private static void measureEach(List<Measurements.Result> results, String filtered, InsightService insights,
            int warmups, int runs, Supplier<InsightFilter> filter) {
        results.add(Measurements.measure("insights: refusals by provision, " + filtered, warmups, runs,
                () -> insights.refusalsByProvision(touched(filter))));
        results.add(Measurements.measure("insights: refusals by authority, " + filtered, warmups, runs,
                () -> insights.refusalsByAuthority(touched(filter))));
        results.add(Measurements.measure("insights: refusals by month sent, " + filtered, warmups, runs,
                () -> insights.refusalsOverTime(touched(filter))));
        results.add(Measurements.measure("insights: on time per authority, " + filtered, warmups, runs,
                () -> insights.timeliness(touched(filter))));
    }

    private static JdbcTemplate touch;

    /** Changes a row of the tables every insight query reads, so the next query is computed afresh. */
    private static InsightFilter touched(Supplier<InsightFilter> filter) {
        touch.update("update answer set updated_at = current_timestamp where id = (select min(id) from answer)");
        touch.update("update foi_request set updated_at = current_timestamp where id = (select min(id) from foi_request)");
        touch.update("update request_provision_tally set refused_count = refused_count"
                + " where request_id = (select min(request_id) from request_provision_tally)");
        return filter.get();
    }

    /**
     * The scale data is written with SQL, past the services that keep the tallies (V10) and the
     * first reply dates (V11): fill them with the migrations' own statements, which also times those
     * migrations on this data.
     */
    private static void backfill(JdbcTemplate jdbc, String migrationFile) {
        String migration;
        try (InputStream in = InsightBenchmark.class.getResourceAsStream("/db/migration/" + migrationFile)) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
            String sql = statement.strip();
            if (sql.startsWith("update") || sql.startsWith("insert")) {
                jdbc.update(sql);
            }
        }
        LoggerFactory.getLogger(InsightBenchmark.class).info("backfill of {}: {} ms", migrationFile,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A reply 10 to 45 days after sending (due after 28, so about half are late); every 250th request in a campaign. */
    private static Long addRepliesAndACampaign(JdbcTemplate jdbc, Long teamId) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Map<String, Object>> responded = jdbc.queryForList(
                "select id, date_sent from foi_request where team_id = ? and status <> 'AWAITING_RESPONSE'", teamId);
        List<Object[]> events = new ArrayList<>();
        for (Map<String, Object> request : responded) {
            long id = ((Number) request.get("ID")).longValue();
            LocalDate sent = ((Date) request.get("DATE_SENT")).toLocalDate();
            events.add(new Object[] {teamId, id, Date.valueOf(sent.plusDays(10 + id % 36)), now});
        }
        for (int from = 0; from < events.size(); from += 5_000) {
            jdbc.batchUpdate("insert into request_event (team_id, request_id, event_type, event_date, created_at) "
                    + "values (?, ?, 'REPLY_RECEIVED', ?, ?)", events.subList(from, Math.min(from + 5_000, events.size())));
        }
        jdbc.update("insert into campaign (team_id, name, created_at, updated_at) values (?, 'Bench campaign', ?, ?)",
                teamId, now, now);
        Long campaignId = jdbc.queryForObject("select id from campaign where team_id = ? and name = 'Bench campaign'",
                Long.class, teamId);
        jdbc.update("update foi_request set campaign_id = ? where team_id = ? and mod(id, 250) = 0", campaignId, teamId);
        return campaignId;
    }
}
