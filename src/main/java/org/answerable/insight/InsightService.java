package org.answerable.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.answerable.reply.Provision;
import org.answerable.reply.ProvisionCatalogue;
import org.answerable.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refusal insights across the signed-in user's team: which provisions authorities rely on, which
 * authorities refuse most, how that changes over time, and who answers on time. Only the team's
 * own requests and answers are counted.
 */
@Service
public class InsightService {

    private final InsightQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    InsightService(InsightQueries queries, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Insights insights(InsightFilter filter) {
        return new Insights(refusalsByProvision(filter), refusalsByAuthority(filter), refusalsOverTime(filter),
                timeliness(filter));
    }

    /** Most cited first. */
    @Transactional(readOnly = true)
    public List<ProvisionCount> refusalsByProvision(InsightFilter filter) {
        return queries.refusalsByProvision(currentUser.teamId(), filter).stream()
                .map(row -> new ProvisionCount((String) row[0], labelOf((String) row[0]), count(row[1]), count(row[2])))
                .filter(p -> p.answers() > 0)
                .sorted(Comparator.comparingLong(ProvisionCount::answers).reversed().thenComparing(ProvisionCount::code))
                .toList();
    }

    /** Most refusals first; authorities with answers but no refusals come last. */
    @Transactional(readOnly = true)
    public List<AuthorityRefusals> refusalsByAuthority(InsightFilter filter) {
        return queries.answersByAuthority(currentUser.teamId(), filter).stream()
                .map(row -> new AuthorityRefusals(count(row[0]), (String) row[1], count(row[2]), count(row[3]),
                        count(row[4]), count(row[5])))
                .sorted(Comparator.comparingLong(AuthorityRefusals::refusals).reversed()
                        .thenComparing(AuthorityRefusals::authorityName))
                .toList();
    }

    /** Oldest month first; months with no answers are left out. */
    @Transactional(readOnly = true)
    public List<MonthlyRefusals> refusalsOverTime(InsightFilter filter) {
        Map<YearMonth, long[]> counts = new TreeMap<>();
        for (Object[] row : queries.answersByMonth(currentUser.teamId(), filter)) {
            YearMonth month = YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
            counts.put(month, new long[] {count(row[2]), count(row[3]), count(row[4]), count(row[5])});
        }
        return counts.entrySet().stream()
                .map(e -> new MonthlyRefusals(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[3]))
                .toList();
    }

    /** Lowest on-time rate first among authorities with a response due; the others last. */
    @Transactional(readOnly = true)
    public List<AuthorityTimeliness> timeliness(InsightFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return queries.timelinessByAuthority(currentUser.teamId(), filter, today).stream()
                .map(row -> new AuthorityTimeliness(count(row[0]), (String) row[1], count(row[2]), count(row[3]),
                        count(row[4])))
                .sorted(Comparator.comparing((AuthorityTimeliness t) -> t.due() == 0)
                        .thenComparingDouble(AuthorityTimeliness::onTimeRate)
                        .thenComparing(AuthorityTimeliness::authorityName))
                .toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static String labelOf(String code) {
        return ProvisionCatalogue.byCode(code)
                .map(InsightService::label)
                .orElse(code);
    }

    private static String label(Provision p) {
        return p.regime() + " " + p.citation() + " – " + p.shortName();
    }
}
