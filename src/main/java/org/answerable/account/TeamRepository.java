package org.answerable.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByName(String name);

    Optional<Team> findByNameIgnoreCase(String name);
}
