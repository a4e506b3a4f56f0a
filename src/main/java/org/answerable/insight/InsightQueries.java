package org.answerable.insight;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.answerable.request.RequestStatus;
import org.answerable.timeline.TimelineEventType;
import org.springframework.stereotype.Component;

/**
 * The GROUP BY queries behind the insights page: each returns a few hundred rows at most, however
 * many answers the team holds, and none loads an answer. The refusal counts read the per-request
 * tallies of V10 (kept by AnswerTallies), so a whole team's figures never group its answers. Only the filters in use become
 * conditions, so the database can pick the index that fits them.
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
        Tallies where = new Tallies(teamId, filter, onRequests ? "r" : "t");
        if (onRequests) {
            where.and("r.id = t.request_id and r.team_id = t.team_id");
        }
        return nativeQuery("select t.provision_code, sum(t.refused_count), sum(t.partly_refused_count)"
                + " from request_provision_tally t" + (onRequests ? ", foi_request r" : "") + where
                + " group by t.provision_code", where);
    }

    /** Authority id, name, refused, partly refused, answered, all answers. */
    List<Object[]> answersByAuthority(Long teamId, InsightFilter filter) {
        Tallies where = new Tallies(teamId, filter, "r").and("r.answers_total > 0");
        return nativeQuery("select au.id, au.official_name, " + Tallies.SUMS
                + " from foi_request r join authority au on au.id = r.authority_id" + where
                + " group by au.id, au.official_name", where);
    }

    /** Year, month, refused, partly refused, answered, all answers: by the month the request was sent. */
    List<Object[]> answersByMonth(Long teamId, InsightFilter filter) {
        Tallies where = new Tallies(teamId, filter, "r").and("r.answers_total > 0").and("r.date_sent is not null");
        return nativeQuery("select extract(year from r.date_sent), extract(month from r.date_sent), " + Tallies.SUMS
                + " from foi_request r" + where
                + " group by extract(year from r.date_sent), extract(month from r.date_sent)", where);
    }

    /** Authority id, name, on time, late, overdue. */
    List<Object[]> timelinessByAuthority(Long teamId, InsightFilter filter, LocalDate today) {
        Where where = new Where(teamId, filter, "r").and("r.responseDue is not null", null, null)
                .and("r.dateSent is not null", null, null);
        where.parameters.put("replyReceived", TimelineEventType.REPLY_RECEIVED);
        where.parameters.put("awaiting", RequestStatus.AWAITING_RESPONSE);
        where.parameters.put("today", today);
        // Each filtered request's first reply, found through the event index, then counted per authority.
        return query("select t.authorityId, t.authorityName,"
                + " sum(case when t.firstReply <= t.due then 1 else 0 end),"
                + " sum(case when t.firstReply > t.due then 1 else 0 end),"
                + " sum(case when t.firstReply is null and t.status = :awaiting and t.due < :today then 1 else 0 end)"
                + " from (select au.id as authorityId, au.officialName as authorityName, r.responseDue as due,"
                + "   r.status as status, (select min(e.date) from RequestEvent e where e.requestId = r.id"
                + "     and e.teamId = :teamId and e.type = :replyReceived) as firstReply"
                + "   from FoiRequest r join r.authority au" + where + ") t"
                + " group by t.authorityId, t.authorityName", where);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> nativeQuery(String sql, Tallies where) {
        Query query = entityManager.createNativeQuery(sql);
        where.parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private List<Object[]> query(String jpql, Where where) {
        TypedQuery<Object[]> query = entityManager.createQuery(jpql, Object[].class);
        where.parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The team and the page's filters as JPQL conditions on the request {@code r} (and answer {@code a}). */
    private static final class Where {

        private final StringBuilder conditions = new StringBuilder();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where(Long teamId, InsightFilter filter) {
            this(teamId, filter, "a");
            and("r.id = a.requestId", null, null);
            and("r.teamId = :teamId", null, null);
        }

        Where(Long teamId, InsightFilter filter, String owner) {
            conditions.append(" where ").append(owner).append(".teamId = :teamId");
            parameters.put("teamId", teamId);
            and("r.campaignId = :campaignId", "campaignId", filter.campaignId());
            and("r.authority.id = :authorityId", "authorityId", filter.authorityId());
            and("r.dateSent >= :sentFrom", "sentFrom", filter.sentFrom());
            and("r.dateSent <= :sentTo", "sentTo", filter.sentTo());
        }

        /** Adds the condition; one with a parameter only when the parameter has a value. */
        Where and(String condition, String parameter, Object value) {
            if (parameter == null || value != null) {
                conditions.append(" and ").append(condition);
            }
            if (parameter != null && value != null) {
                parameters.put(parameter, value);
            }
            return this;
        }

        @Override
        public String toString() {
            return conditions.toString();
        }
    }

    /**
     * The team and the page's filters as SQL conditions on the request's tallies: {@code owner} is
     * the table alias carrying the team ({@code r} for foi_request, {@code t} for the provision tally).
     */
    private static final class Tallies {

        static final String SUMS = "sum(r.answers_refused), sum(r.answers_partly_refused), sum(r.answers_answered),"
                + " sum(r.answers_total)";

        private final StringBuilder conditions = new StringBuilder();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Tallies(Long teamId, InsightFilter filter, String owner) {
            conditions.append(" where ").append(owner).append(".team_id = :teamId");
            parameters.put("teamId", teamId);
            and("r.campaign_id = :campaignId", "campaignId", filter.campaignId());
            and("r.authority_id = :authorityId", "authorityId", filter.authorityId());
            and("r.date_sent >= :sentFrom", "sentFrom", filter.sentFrom());
            and("r.date_sent <= :sentTo", "sentTo", filter.sentTo());
        }

        Tallies and(String condition) {
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
