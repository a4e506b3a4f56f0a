package org.answerable.timeline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestEventRepository extends JpaRepository<RequestEvent, Long> {

    List<RequestEvent> findByRequestIdAndTeamIdOrderByDateAscIdAsc(Long requestId, Long teamId);

    Optional<RequestEvent> findByIdAndRequestIdAndTeamId(Long id, Long requestId, Long teamId);
}
