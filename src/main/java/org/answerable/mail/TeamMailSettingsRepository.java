package org.answerable.mail;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamMailSettingsRepository extends JpaRepository<TeamMailSettings, Long> {

    Optional<TeamMailSettings> findByTeamId(Long teamId);

    /** Teams with an incoming mailbox, for the poller. */
    List<TeamMailSettings> findByImapHostIsNotNullAndImapPasswordEncryptedIsNotNull();
}
