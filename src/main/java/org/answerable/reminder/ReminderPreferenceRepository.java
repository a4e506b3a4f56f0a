package org.answerable.reminder;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReminderPreferenceRepository extends JpaRepository<ReminderPreference, Long> {

    Optional<ReminderPreference> findByUserId(Long userId);

    @Query("select p from ReminderPreference p where p.email is not null and (p.digestEnabled = true or p.deadlineEnabled = true)")
    List<ReminderPreference> findWanted();
}
