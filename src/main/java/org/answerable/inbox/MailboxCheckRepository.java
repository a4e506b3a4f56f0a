package org.answerable.inbox;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailboxCheckRepository extends JpaRepository<MailboxCheck, Long> {
}
