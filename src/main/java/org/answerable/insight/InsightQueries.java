package org.answerable.insight;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.answerable.request.RequestStatus;
import org.springframework.stereotype.Component;

/**
 * The GROUP BY queries behind the insights page: each returns a few hundred rows at most, however
 * many answers the team holds, and none loads an answer. The refusal counts read the per-request
 * tallies of V10 (kept by AnswerTallies) and the on-time figures the first reply date of V11, so a
 * whole team's figures read its requests alone, never its answers or timeline events. Only the
 * filters in use become conditions, so the database can pick the index that fits them.
 */
@Component
class InsightQueries {

    private final EntityManager entityManager;

    InsightQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Provision code, refused, partly refused: from the per-request tallies (V10), never the answers. */
    List<Object[]> refusalsByProvision(Long teamId, InsightFilter filter) {
        // The tally carries the team: without a filter on requests, there is nothing to join.
        boolean onRequests = !filter.equals(InsightFilter.none());
        Conditions where = new Conditions(teamId, filter, onRequests ? "r" : "t");
        if (onRequests) {
            where.and("r.id = t.request_id and r.team_id = t.team_id");
        }
        return nativeQuery("select t.provision_code, sum(t.refused_count), sum(t.partly_refused_count)"
                + " from request_provision_tally t" + (onRequests ? ", foi_request r" : "") + where
                + " group by t.provision_code", where);
    }

    /** Authority id, name, refused, partly refused, answered, all answers. */
    List<Object[]> answersByAuthority(Long teamId, InsightFilter filter) {
        Conditions where = new Conditions(teamId, filter, "r").and("r.answers_total > 0");
        return nativeQuery(withAuthorityNames("select r.authority_id as authority_id,"
                + " sum(r.answers_refused) as f1, sum(r.answers_partly_refused) as f2,"
                + " sum(r.answers_answered) as f3, sum(r.answers_total) as f4"
                + " from foi_request r" + where + " group by r.authority_id", 4), where);
    }

    /** Year, month, refused, partly refused, answered, all answers: by the month the request was sent. */
    List<Object[]> answersByMonth(Long teamId, InsightFilter filter) {
        Conditions where = new Conditions(teamId, filter, "r").and("r.answers_total > 0").and("r.date_sent is not null");
        return nativeQuery("select extract(year from r.date_sent), extract(month from r.date_sent), " + Conditions.SUMS
                + " from foi_request r" + where
                + " group by extract(year from r.date_sent), extract(month from r.date_sent)", where);
    }

    /** Authority id, name, on time, late, overdue: from each request's stored first reply (V11). */
    List<Object[]> timelinessByAuthority(Long teamId, InsightFilter filter, LocalDate today) {
        Conditions where = new Conditions(teamId, filter, "r").and("r.response_due is not null")
                .and("r.date_sent is not null");
        where.parameters.put("awaiting", RequestStatus.AWAITING_RESPONSE.name());
        where.parameters.put("today", today);
        return nativeQuery(withAuthorityNames("select r.authority_id as authority_id,"
                + " sum(case when r.first_reply_date <= r.response_due then 1 else 0 end) as f1,"
                + " sum(case when r.first_reply_date > r.response_due then 1 else 0 end) as f2,"
                + " sum(case when r.first_reply_date is null and r.status = :awaiting and r.response_due < :today"
                + "   then 1 else 0 end) as f3"
                + " from foi_request r" + where + " group by r.authority_id", 3), where);
    }

    /**
     * Names the authorities of a query grouped by {@code authority_id} into figures {@code f1..fN}:
     * the few hundred groups are joined to the authority table, not every request.
     */
    private static String withAuthorityNames(String groupedByAuthority, int figures) {
        StringBuilder columns = new StringBuilder();
        for (int i = 1; i <= figures; i++) {
            columns.append(", g.f").append(i);
        }
        return "select au.id, au.official_name" + columns + " from (" + groupedByAuthority + ") g"
                + " join authority au on au.id = g.authority_id";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> nativeQuery(String sql, Conditions where) {
        Query query = entityManager.createNativeQuery(sql);
        where.parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The team and the page's filters as SQL conditions on the request's tallies: {@code owner} is
     * the table alias carrying the team ({@code r} for foi_request, {@code t} for the provision tally).
     */
    private static final class Conditions {

        static final String SUMS = "sum(r.answers_refused), sum(r.answers_partly_refused), sum(r.answers_answered),"
                + " sum(r.answers_total)";

        private final StringBuilder conditions = new StringBuilder();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Conditions(Long teamId, InsightFilter filter, String owner) {
            conditions.append(" where ").append(owner).append(".team_id = :teamId");
            parameters.put("teamId", teamId);
            and("r.campaign_id = :campaignId", "campaignId", filter.campaignId());
            and("r.authority_id = :authorityId", "authorityId", filter.authorityId());
            and("r.date_sent >= :sentFrom", "sentFrom", filter.sentFrom());
            and("r.date_sent <= :sentTo", "sentTo", filter.sentTo());
        }

        Conditions and(String condition) {
            conditions.append(" and ").append(condition);
            return this;
        }

        private void and(String condition, String parameter, Object value) {
            if (value != null) {
                conditions.append(" and ").append(condition);
                parameters.put(parameter, value);
            }
        }

        @Override
        public String toString() {
            return conditions.toString();
        }
    }
}
