package org.answerable.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.LoggerFactory;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.RefusalFilter;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.request.RequestWordsBackfill;
import org.answerable.timeline.DeadlineBoardService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8's scale: 100,000 requests with 10 questions each and 1,000,000 answers across 400
 * authorities, in a fresh embedded database, then the queries the pages issue.
 */
final class ScaleBenchmark {

    /** {@code -Dbench.requests=10000} for a quicker, smaller run; issue 8's figures use the default. */
    static final int REQUESTS = Integer.getInteger("bench.requests", 100_000);
    static final int SESSIONS = 50;
    static final int QUESTIONS_PER_REQUEST = 10;
    private static final String[] OUTCOMES = {"ANSWERED", "ANSWERED", "ANSWERED", "ANSWERED", "PARTLY_ANSWERED",
            "REFUSED", "REFUSED", "NOT_HELD", "NEITHER_CONFIRM_NOR_DENY", "REDIRECTED"};
    private static final String[] STATUSES = {"AWAITING_RESPONSE", "RESPONDED", "ANSWERED", "PARTLY_REFUSED", "REFUSED", "CLOSED"};
    private static final String[] TOPICS = {"child exploitation", "social care budget", "school transport", "housing repairs",
            "parking fines", "library closures", "road maintenance", "waste collection"};

    private ScaleBenchmark() {
    }

    /** Latencies are returned; the heap per session and the data directory go to {@code notes}. */
    static List<Measurements.Result> run(List<String> notes) throws Exception {
        try (ConfigurableApplicationContext app = BenchApplication.start("answerable-bench")) {
            JdbcTemplate jdbc = fill(app);
            BenchApplication.signIn();
            List<Measurements.Result> results = measure(app, jdbc);
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            SessionHeapBenchmark sessions = new SessionHeapBenchmark(port, "bench", "bench-password-long");
            Long someRequest = jdbc.queryForObject("select max(id) from foi_request", Long.class);
            notes.add(String.format("Retained heap per open UI session, requests list: %.3f MB (%d sessions)",
                    sessions.megabytesPerSession("requests", SESSIONS), SESSIONS));
            notes.add(String.format("Retained heap per open UI session, a request's page: %.3f MB (%d sessions)",
                    sessions.megabytesPerSession("requests/" + someRequest, SESSIONS), SESSIONS));
            notes.add("Data directory (kept for bench/start-time.sh): "
                    + app.getEnvironment().getProperty("answerable.data-dir"));
            return results;
        }
    }

    /** Only the data, for bench/start-time.sh; returns the data directory it is kept in. */
    static String dataOnly() throws Exception {
        try (ConfigurableApplicationContext app = BenchApplication.start("answerable-bench")) {
            fill(app);
            return app.getEnvironment().getProperty("answerable.data-dir");
        }
    }

    private static JdbcTemplate fill(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Long teamId = jdbc.queryForObject("select id from team where name = 'Bench team'", Long.class);
        long started = System.nanoTime();
        generate(jdbc, teamId);
        settle(jdbc);
        LoggerFactory.getLogger(ScaleBenchmark.class).info("generated {} requests, {} questions and answers in {} s",
                REQUESTS, REQUESTS * QUESTIONS_PER_REQUEST, (System.nanoTime() - started) / 1_000_000_000);
        return jdbc;
    }

    private static List<Measurements.Result> measure(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        RequestService requests = app.getBean(RequestService.class);
        DeadlineBoardService board = app.getBean(DeadlineBoardService.class);
        List<Long> authorityIds = jdbc.queryForList("select id from authority", Long.class);
        Random random = new Random(7);
        List<Measurements.Result> results = new ArrayList<>();
        // H2 hands back the previous result of an identical query while its tables are unchanged; a
        // team at work changes them between two visits, so each run first changes one row of each.
        Runnable fresh = () -> {
            jdbc.update("update foi_request set updated_at = current_timestamp where id = (select min(id) from foi_request)");
            jdbc.update("update request_search_word set team_id = team_id"
                    + " where request_id = (select min(request_id) from request_search_word)");
        };
        String grid = " (page of 50 + count)";
        results.add(Measurements.measure("requests list: first page, newest sent first" + grid, 20, 200, fresh,
                () -> requests.list(RequestFilter.none(), PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "dateSent")))));
        results.add(Measurements.measure("requests list: first page, no sort chosen" + grid, 20, 200, fresh,
                () -> requests.list(RequestFilter.none(), PageRequest.of(0, 50))));
        results.add(Measurements.measure("requests list: page 100, sorted by title" + grid, 20, 200, fresh,
                () -> requests.list(RequestFilter.none(), PageRequest.of(100, 50, Sort.by("title")))));
        results.add(Measurements.measure("requests list: filter by status, sorted by due date, newest first" + grid, 20, 200,
                fresh, () -> requests.list(new RequestFilter(null, RequestStatus.REFUSED, null, null, null),
                        PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "responseDue")))));
        results.add(Measurements.measure("requests list: filter by authority + status, sort by title" + grid, 20, 200, fresh,
                () -> {
                    Long authority = authorityIds.get(random.nextInt(authorityIds.size()));
                    requests.list(new RequestFilter(authority, RequestStatus.AWAITING_RESPONSE, null, null, null),
                            PageRequest.of(0, 50, Sort.by("title")));
                }));
        results.add(Measurements.measure("requests list: sent-date range, page 20 sorted by due date" + grid, 20, 200, fresh,
                () -> requests.list(new RequestFilter(null, null, null, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)),
                        PageRequest.of(20, 50, Sort.by("responseDue")))));
        results.add(Measurements.measure("requests list: sorted by authority name" + grid, 5, 50,
                fresh, () -> requests.list(RequestFilter.none(), PageRequest.of(0, 50, Sort.by("authority.officialName")))));
        results.add(Measurements.measure("requests list: search \"housing\" (12,500 matches)" + grid, 5, 50, fresh,
                () -> requests.list(new RequestFilter(null, null, "housing", null, null), PageRequest.of(0, 50))));
        results.add(Measurements.measure("requests list: search \"school trans\", newest sent first" + grid, 5, 50, fresh,
                () -> requests.list(new RequestFilter(null, null, "school trans", null, null),
                        PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "dateSent")))));
        results.add(Measurements.measure("requests list: search \"housing\" + status refused, by title" + grid, 5, 50, fresh,
                () -> requests.list(new RequestFilter(null, RequestStatus.REFUSED, "housing", null, null),
                        PageRequest.of(0, 50, Sort.by("title")))));
        results.add(Measurements.measure("requests list: search a reference (one match)" + grid, 5, 50, fresh, () -> {
            String reference = "FOI" + (100_000 + random.nextInt(REQUESTS));
            requests.list(new RequestFilter(null, null, reference, null, null), PageRequest.of(0, 50));
        }));
        results.add(Measurements.measure("deadlines dashboard (all sources)", 10, 100, board::board));
        results.addAll(InsightBenchmark.run(app, jdbc));
        AnswerService answers = app.getBean(AnswerService.class);
        Runnable freshAnswers = () -> jdbc.update(
                "update answer set updated_at = current_timestamp where id = (select min(id) from answer)");
        results.add(Measurements.measure("refusals view: first page, all refusals", 10, 100, freshAnswers,
                () -> answers.refusals(RefusalFilter.none(), PageRequest.of(0, 50))));
        results.add(Measurements.measure("refusals view: page 200, all refusals", 10, 100, freshAnswers,
                () -> answers.refusals(RefusalFilter.none(), PageRequest.of(200, 50))));
        results.add(Measurements.measure("refusals view: by provision (s12)", 3, 20, freshAnswers,
                () -> answers.refusals(new RefusalFilter(null, "FOIA-s12", null, null, null), PageRequest.of(0, 50))));
        results.add(Measurements.measure("refusals view: by provision (s12) and authority", 10, 100, freshAnswers, () -> {
            Long authority = authorityIds.get(random.nextInt(authorityIds.size()));
            answers.refusals(new RefusalFilter(authority, "FOIA-s12", null, null, null), PageRequest.of(0, 50));
        }));
        return results;
    }

    /**
     * After a bulk load PostgreSQL's statistics and visibility map lag until autovacuum catches up,
     * a minute or so later; a database in use is always past that point, so the benchmark waits for
     * it explicitly. H2 needs nothing.
     */
    static void settle(JdbcTemplate jdbc) {
        if (jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()).equals("PostgreSQL")) {
            jdbc.execute("vacuum analyze");
        }
    }

    private static void generate(JdbcTemplate jdbc, Long teamId) {
        Random random = new Random(42);
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into authority (official_name, name_key, default_regime, nation, created_at, updated_at) values (?, ?, 'FOIA', 'ENGLAND', ?, ?)",
                    "Bench Police Force " + i, "bench police force " + i, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        }
        List<Long> authorityIds = jdbc.queryForList("select id from authority", Long.class);
        Map<Long, String> authorityNames = new HashMap<>();
        jdbc.query("select id, official_name from authority", row -> {
            authorityNames.put(row.getLong(1), row.getString(2));
        });
        Timestamp now = Timestamp.from(Instant.now());
        int batch = 2_000;
        for (int from = 0; from < REQUESTS; from += batch) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < from + batch; i++) {
                LocalDate sent = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2_800));
                Long authority = authorityIds.get(random.nextInt(authorityIds.size()));
                rows.add(new Object[] {teamId, TOPICS[i % TOPICS.length] + " " + i, authority, authorityNames.get(authority),
                        Date.valueOf(sent), Date.valueOf(sent), "FOI" + (100_000 + i), "Please provide figures on " + TOPICS[i % TOPICS.length],
                        STATUSES[random.nextInt(STATUSES.length)], Date.valueOf(sent.plusDays(28)), Date.valueOf(sent.plusDays(56)), now, now});
            }
            jdbc.batchUpdate("insert into foi_request (team_id, title, authority_id, authority_name, regime, date_sent, "
                    + "date_received, channel, authority_reference, request_text, status, response_due, long_overdue_after, "
                    + "created_at, updated_at) values (?, ?, ?, ?, 'FOIA', ?, ?, 'EMAIL', ?, ?, ?, ?, ?, ?, ?)", rows);
        }
        List<Long> requestIds = jdbc.queryForList("select id from foi_request where team_id = ? order by id", Long.class, teamId);
        for (int from = 0; from < requestIds.size(); from += 500) {
            List<Object[]> questions = new ArrayList<>();
            for (Long requestId : requestIds.subList(from, Math.min(from + 500, requestIds.size()))) {
                for (int q = 0; q < QUESTIONS_PER_REQUEST; q++) {
                    questions.add(new Object[] {teamId, requestId, q, String.valueOf(q + 1), "How many cases in year " + (2015 + q) + "?"});
                }
            }
            jdbc.batchUpdate("insert into request_question (team_id, request_id, sort_order, label, question_text) values (?, ?, ?, ?, ?)", questions);
        }
        jdbc.execute("insert into answer (team_id, request_id, question_id, outcome, answer_text, public_interest_test_stated, "
                + "in_refusals, request_sent, authority_id, question_order, created_at, updated_at) "
                + "select q.team_id, q.request_id, q.id, case mod(q.id, 10) " + outcomeCases() + " end, 'Figures as requested', false, "
                + "mod(q.id, 10) in (" + refusalCaseNumbers() + "), "
                + "r.date_sent, r.authority_id, q.sort_order, current_timestamp, current_timestamp "
                + "from request_question q join foi_request r on r.id = q.request_id where q.team_id = " + teamId);
        jdbc.execute("insert into answer_provision (answer_id, team_id, provision_code) select id, team_id, "
                + "case mod(id, 3) when 0 then 'FOIA-s12' when 1 then 'FOIA-s40(2)' else 'FOIA-s43(2)' end "
                + "from answer where outcome = 'REFUSED' and team_id = " + teamId);
        jdbc.execute((ConnectionCallback<Integer>) RequestWordsBackfill::fillMissing);
    }

    /** The case numbers of {@link #OUTCOMES} the refusals view lists (as {@code Answer} decides). */
    private static String refusalCaseNumbers() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < OUTCOMES.length; i++) {
            if (List.of("REFUSED", "NOT_HELD", "NEITHER_CONFIRM_NOR_DENY", "PARTLY_ANSWERED").contains(OUTCOMES[i])) {
                numbers.add(String.valueOf(i));
            }
        }
        return String.join(", ", numbers);
    }

    private static String outcomeCases() {
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < OUTCOMES.length; i++) {
            cases.append(" when ").append(i).append(" then '").append(OUTCOMES[i]).append("'");
        }
        return cases.toString();
    }
}
