package org.answerable.reply.answer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.answerable.reply.Outcome;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    @EntityGraph(attributePaths = "provisions")
    List<Answer> findByRequestIdAndTeamId(Long requestId, Long teamId);

    Optional<Answer> findByQuestionIdAndTeamId(Long questionId, Long teamId);

    @EntityGraph(attributePaths = "provisions")
    List<Answer> findByTeamIdAndQuestionIdIn(Long teamId, Collection<Long> questionIds);

    /** Every answer to any of these requests, with its provisions, in one query (a campaign's grid). */
    @EntityGraph(attributePaths = "provisions")
    List<Answer> findByTeamIdAndRequestIdIn(Long teamId, Collection<Long> requestIds);

    /** The refusals view: refused, not held and NCND answers with their request and question. */
    @Query(value = "select " + REFUSAL_ROW + " " + REFUSALS_FROM + " " + REFUSALS_WHERE + " order by r.dateSent desc, r.id, q.sortOrder",
            countQuery = "select count(a) " + REFUSALS_FROM + " " + REFUSALS_WHERE)
    Page<RefusalRow> refusals(@Param("teamId") Long teamId, @Param("outcomes") Collection<Outcome> outcomes,
            @Param("authorityId") Long authorityId, @Param("sentFrom") LocalDate sentFrom,
            @Param("sentTo") LocalDate sentTo, @Param("titlePattern") String titlePattern,
            @Param("campaignId") Long campaignId, Pageable pageable);

    /** The same, only answers citing one provision (a join, not a per-row subquery). */
    @Query(value = "select " + REFUSAL_ROW + " " + REFUSALS_FROM + " join a.provisions p " + REFUSALS_WHERE
            + " and p.code = :provision order by r.dateSent desc, r.id, q.sortOrder",
            countQuery = "select count(a) " + REFUSALS_FROM + " join a.provisions p " + REFUSALS_WHERE + " and p.code = :provision")
    Page<RefusalRow> refusalsCiting(@Param("teamId") Long teamId, @Param("outcomes") Collection<Outcome> outcomes,
            @Param("authorityId") Long authorityId, @Param("sentFrom") LocalDate sentFrom,
            @Param("sentTo") LocalDate sentTo, @Param("titlePattern") String titlePattern,
            @Param("provision") String provision, @Param("campaignId") Long campaignId, Pageable pageable);

    String REFUSAL_ROW = """
            new org.answerable.reply.answer.RefusalRow(a.id, r.id, r.title, au.officialName, q.label, q.text,
                   a.outcome, a.reasoning, a.answerText, r.dateSent)""";
    String REFUSALS_FROM = """
             from Answer a join FoiRequest r on r.id = a.requestId join Question q on q.id = a.questionId
                  join r.authority au""";
    String REFUSALS_WHERE = """
             where a.teamId = :teamId and r.teamId = :teamId and a.outcome in :outcomes
               and (:authorityId is null or au.id = :authorityId)
               and (:sentFrom is null or r.dateSent >= :sentFrom)
               and (:sentTo is null or r.dateSent <= :sentTo)
               and (:titlePattern is null or lower(r.title) like :titlePattern)
               and (:campaignId is null or r.campaignId = :campaignId)""";
}
