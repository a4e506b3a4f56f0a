package org.answerable.insight;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.answerable.reply.Outcome;
import org.answerable.request.RequestStatus;
import org.answerable.timeline.TimelineEventType;
import org.springframework.stereotype.Component;

/**
 * The GROUP BY queries behind the insights page: each returns a few hundred rows at most, however
 * many answers the team holds, and none loads an answer. Only the filters in use become
 * conditions, so the database can pick the index that fits them.
 */
@Component
class InsightQueries {

    private static final List<Outcome> REFUSALS =
            List.of(Outcome.REFUSED, Outcome.NOT_HELD, Outcome.NEITHER_CONFIRM_NOR_DENY, Outcome.PARTLY_ANSWERED);

    private final EntityManager entityManager;

    InsightQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Provision code, outcome, answers. */
    List<Object[]> refusalsByProvision(Long teamId, InsightFilter filter) {
        // The answer carries the team: without a filter on requests, there is nothing to join.
        boolean onRequests = !filter.equals(InsightFilter.none());
        Where where = (onRequests ? new Where(teamId, filter) : new Where(teamId, filter, "a"))
                .and("a.outcome in :refusals", "refusals", REFUSALS);
        return query("select p.code, a.outcome, count(a) from Answer a join a.provisions p"
                + (onRequests ? ", FoiRequest r" : "") + where + " group by p.code, a.outcome", where);
    }

    /** Authority id, name, outcome, answers. */
    List<Object[]> answersByAuthority(Long teamId, InsightFilter filter) {
        Where where = new Where(teamId, filter);
        return query("select au.id, au.officialName, a.outcome, count(a) from Answer a, FoiRequest r join r.authority au"
                + where + " group by au.id, au.officialName, a.outcome", where);
    }

    /** Year, month, outcome, answers: by the month the request was sent. */
    List<Object[]> answersByMonth(Long teamId, InsightFilter filter) {
        Where where = new Where(teamId, filter).and("r.dateSent is not null", null, null);
        return query("select extract(year from r.dateSent), extract(month from r.dateSent), a.outcome, count(a)"
                + " from Answer a, FoiRequest r" + where
                + " group by extract(year from r.dateSent), extract(month from r.dateSent), a.outcome", where);
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
}
