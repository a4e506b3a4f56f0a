package org.answerable.reply.answer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AnswerRepository extends JpaRepository<Answer, Long>, JpaSpecificationExecutor<Answer> {

    @EntityGraph(attributePaths = "provisions")
    List<Answer> findByRequestIdAndTeamId(Long requestId, Long teamId);

    Optional<Answer> findByQuestionIdAndTeamId(Long questionId, Long teamId);

    @EntityGraph(attributePaths = "provisions")
    List<Answer> findByTeamIdAndQuestionIdIn(Long teamId, Collection<Long> questionIds);

    /** Every answer to any of these requests, with its provisions, in one query (a campaign's grid). */
    @EntityGraph(attributePaths = "provisions")
    List<Answer> findByTeamIdAndRequestIdIn(Long teamId, Collection<Long> requestIds);

    /** The refusals view's rows for one page of answer ids (see {@link RefusalSpecifications}). */
    @Query("select new org.answerable.reply.answer.RefusalRow(a.id, r.id, r.title, au.officialName, q.label, q.text,"
            + " a.outcome, a.reasoning, a.answerText, r.dateSent, a.costEstimate) from Answer a join FoiRequest r on r.id = a.requestId"
            + " join Question q on q.id = a.questionId join r.authority au where a.id in :ids and a.teamId = :teamId")
    List<RefusalRow> refusalRows(@Param("ids") Collection<Long> ids, @Param("teamId") Long teamId);

    /** The provisions those answers cite, as pairs of answer id and provision code. */
    @Query("select a.id, p.code from Answer a join a.provisions p where a.id in :ids and a.teamId = :teamId")
    List<Object[]> citedProvisions(@Param("ids") Collection<Long> ids, @Param("teamId") Long teamId);

    /** Copies a saved request's date, authority and question order onto its answers (V8). */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update answer set
                request_sent = (select r.date_sent from foi_request r where r.id = answer.request_id),
                authority_id = (select r.authority_id from foi_request r where r.id = answer.request_id),
                question_order = (select q.sort_order from request_question q where q.id = answer.question_id)
            where request_id = :requestId""", nativeQuery = true)
    int copyRequestSortKeys(@Param("requestId") Long requestId);
}
