package org.answerable.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<CalendarFeed> findByUserIdAndTeamIdAndRevokedAtIsNull(Long userId, Long teamId);
}
