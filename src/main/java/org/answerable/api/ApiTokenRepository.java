package org.answerable.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdAndTeamIdOrderByCreatedAtDesc(Long userId, Long teamId);

    Optional<ApiToken> findByIdAndUserIdAndTeamId(Long id, Long userId, Long teamId);

    /** A plain update, so parallel API calls never collide on the token's version. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :when where t.id = :id")
    void markUsed(@Param("id") Long id, @Param("when") Instant when);
}
