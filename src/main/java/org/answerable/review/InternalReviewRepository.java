package org.answerable.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.answerable.reply.Outcome;
import org.answerable.reply.letter.ReplyType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InternalReviewRepository extends JpaRepository<InternalReview, Long> {

    @EntityGraph(attributePaths = "challenges")
    List<InternalReview> findByRequestIdAndTeamIdOrderByIdAsc(Long requestId, Long teamId);

    @EntityGraph(attributePaths = "challenges")
    Optional<InternalReview> findByIdAndTeamId(Long id, Long teamId);

    List<InternalReview> findByTeamIdAndDateSentIsNotNullAndOutcomeDateIsNull(Long teamId);

    List<InternalReview> findByTeamIdAndOutcomeDateIsNotNull(Long teamId);

    /** The latest response to each request that refused something and has not been challenged yet. */
    @Query("""
            select new org.answerable.review.UnchallengedResponse(r.requestId, max(r.dateReceived))
            from Reply r
            where r.teamId = :teamId and r.type = :response
              and exists (select a.id from Answer a where a.requestId = r.requestId and a.teamId = r.teamId
                          and a.outcome in :refusals)
              and not exists (select ir.id from InternalReview ir where ir.requestId = r.requestId
                              and ir.teamId = r.teamId)
            group by r.requestId""")
    List<UnchallengedResponse> unchallengedResponses(@Param("teamId") Long teamId,
            @Param("response") ReplyType response, @Param("refusals") List<Outcome> refusals);

    @Query("""
            select distinct r.requestId from InternalReview r
            where r.teamId = :teamId and r.outcomeDate is null and r.requestId in :requestIds""")
    List<Long> requestsWithOpenReview(@Param("teamId") Long teamId, @Param("requestIds") Collection<Long> requestIds);

    @Query("select distinct r.requestId from InternalReview r where r.teamId = :teamId and r.outcomeDate is null")
    List<Long> requestsWithOpenReview(@Param("teamId") Long teamId);
}
