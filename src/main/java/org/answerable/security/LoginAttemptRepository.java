package org.answerable.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    List<LoginAttempt> findByUsernameKeyAndAttemptedAtAfterOrderByAttemptedAtDescIdDesc(String usernameKey, Instant after);
}
