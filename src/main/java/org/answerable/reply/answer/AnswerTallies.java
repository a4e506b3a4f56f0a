package org.answerable.reply.answer;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Keeps the per-request answer tallies that the refusal insights read (V10) equal to the answers:
 * recounted from the saved answers, in the caller's transaction, each time a request's answers
 * change. Written with SQL rather than through the request entity, so recounting never bumps the
 * request's version and never makes a colleague's open edit of the request fail.
 */
@Component
class AnswerTallies {

    private static final String SAME_REQUEST = " from answer a where a.request_id = :requestId and a.team_id = :teamId";

    private final EntityManager entityManager;

    AnswerTallies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Recounts one request's tallies; the answers must be flushed. */
    void recount(Long requestId, Long teamId) {
        entityManager.flush();
        execute("update foi_request set"
                + " answers_total = (select count(*)" + SAME_REQUEST + "),"
                + " answers_refused = (select count(*)" + SAME_REQUEST
                + "   and a.outcome in ('REFUSED', 'NOT_HELD', 'NEITHER_CONFIRM_NOR_DENY')),"
                + " answers_partly_refused = (select count(*)" + SAME_REQUEST + " and a.outcome = 'PARTLY_ANSWERED'),"
                + " answers_answered = (select count(*)" + SAME_REQUEST + " and a.outcome = 'ANSWERED')"
                + " where id = :requestId and team_id = :teamId", requestId, teamId);
        execute("delete from request_provision_tally where request_id = :requestId and team_id = :teamId",
                requestId, teamId);
        execute("insert into request_provision_tally"
                + " (request_id, team_id, provision_code, refused_count, partly_refused_count)"
                + " select a.request_id, a.team_id, p.provision_code,"
                + " sum(case when a.outcome = 'PARTLY_ANSWERED' then 0 else 1 end),"
                + " sum(case when a.outcome = 'PARTLY_ANSWERED' then 1 else 0 end)"
                + " from answer a join answer_provision p on p.answer_id = a.id"
                + " where a.request_id = :requestId and a.team_id = :teamId"
                + " and a.outcome in ('REFUSED', 'NOT_HELD', 'NEITHER_CONFIRM_NOR_DENY', 'PARTLY_ANSWERED')"
                + " group by a.request_id, a.team_id, p.provision_code", requestId, teamId);
    }

    private void execute(String sql, Long requestId, Long teamId) {
        entityManager.createNativeQuery(sql)
                .setParameter("requestId", requestId)
                .setParameter("teamId", teamId)
                .executeUpdate();
    }
}
