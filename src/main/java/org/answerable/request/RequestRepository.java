package org.answerable.request;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RequestRepository extends JpaRepository<FoiRequest, Long>, JpaSpecificationExecutor<FoiRequest> {

    /** The list page: the authority's name is shown on every row, so fetch it in the same query. */
    @Override
    @EntityGraph(attributePaths = "authority")
    Page<FoiRequest> findAll(Specification<FoiRequest> spec, Pageable pageable);

    @EntityGraph(attributePaths = "authority")
    Optional<FoiRequest> findByIdAndTeamId(Long id, Long teamId);
}
