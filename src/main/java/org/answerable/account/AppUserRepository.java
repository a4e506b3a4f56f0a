package org.answerable.account;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    /** Locked, so two admins demoting each other at once cannot leave nobody in charge. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.role = :role and u.enabled = true")
    List<AppUser> lockActiveWithRole(@Param("role") Role role);

    @Query("select u from AppUser u join u.teams t where t.id = :teamId order by lower(u.displayName), u.id")
    List<AppUser> findMembers(@Param("teamId") Long teamId);

    @Query("select t.id, count(u) from AppUser u join u.teams t group by t.id")
    List<Object[]> countMembersByTeam();
}
