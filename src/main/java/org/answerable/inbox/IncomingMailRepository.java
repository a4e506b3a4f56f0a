package org.answerable.inbox;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncomingMailRepository extends JpaRepository<IncomingMail, Long> {

    boolean existsByTeamIdAndDedupeKey(Long teamId, String dedupeKey);

    Optional<IncomingMail> findByIdAndTeamId(Long id, Long teamId);

    List<IncomingMail> findByTeamIdAndStateOrderByReceivedAtDescIdDesc(Long teamId, IncomingMail.State state,
            Pageable page);
}
