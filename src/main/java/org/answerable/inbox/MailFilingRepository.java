package org.answerable.inbox;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailFilingRepository extends JpaRepository<MailFiling, Long> {

    List<MailFiling> findByTeamIdAndRequestIdOrderByFiledAtAscIdAsc(Long teamId, Long requestId);

    Optional<MailFiling> findByIdAndTeamId(Long id, Long teamId);

    boolean existsByMailIdAndRequestId(Long mailId, Long requestId);
}
