package org.answerable.request;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RequestRepository extends JpaRepository<FoiRequest, Long> {

    /** A page of the list: the authority's name is shown on every row, so fetch it in the same query. */
    @EntityGraph(attributePaths = "authority")
    List<FoiRequest> findByTeamIdAndIdIn(Long teamId, Collection<Long> ids);

    @EntityGraph(attributePaths = "authority")
    Optional<FoiRequest> findByIdAndTeamId(Long id, Long teamId);

    @Query("""
            select r from FoiRequest r join fetch r.authority
            where r.teamId = :teamId and r.status = :status and r.responseDue <= :limit
            order by r.responseDue, r.id""")
    List<FoiRequest> findAwaitingDueBy(@Param("teamId") Long teamId, @Param("status") RequestStatus status,
            @Param("limit") LocalDate limit);

    @EntityGraph(attributePaths = "authority")
    List<FoiRequest> findByTeamIdAndCampaignIdOrderByIdAsc(Long teamId, Long campaignId);

    /** Every team's requests to the authority: the copy of its name is derived data, not a team's edit. */
    @Modifying
    @Query("update FoiRequest r set r.authorityName = :name where r.authority.id = :authorityId")
    int renameAuthority(@Param("authorityId") Long authorityId, @Param("name") String name);

    @Query("select r.id from FoiRequest r where r.teamId = :teamId and r.id in :ids")
    List<Long> findIdsByTeamIdAndIdIn(@Param("teamId") Long teamId, @Param("ids") Collection<Long> ids);

    @Query("select r.id from FoiRequest r where r.teamId = :teamId and upper(replace(r.authorityReference, ' ', '')) = :reference")
    List<Long> findIdsByNormalisedReference(@Param("teamId") Long teamId, @Param("reference") String reference);

    @Query("""
            select r.id from FoiRequest r join r.authority a
            where r.teamId = :teamId and r.status not in :closed and lower(a.foiEmail) like :pattern escape '!'""")
    List<Long> findIdsByAuthorityEmailLike(@Param("teamId") Long teamId, @Param("closed") Collection<RequestStatus> closed,
            @Param("pattern") String pattern);

    @Query("select r.campaignId, count(r) from FoiRequest r where r.teamId = :teamId and r.campaignId is not null group by r.campaignId")
    List<Object[]> countByCampaign(@Param("teamId") Long teamId);
}
