package org.answerable.mail;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SentMailRepository extends JpaRepository<SentMail, Long> {

    List<SentMail> findByTeamIdAndRequestIdOrderBySentAtAsc(Long teamId, Long requestId);

    /** The team's letters whose Message-ID a reply names (In-Reply-To, References). */
    List<SentMail> findByTeamIdAndMessageIdIn(Long teamId, Collection<String> messageIds);
}
