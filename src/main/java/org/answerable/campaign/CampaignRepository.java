package org.answerable.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByIdAndTeamId(Long id, Long teamId);

    List<Campaign> findByTeamIdOrderByCreatedAtDesc(Long teamId);

    boolean existsByTeamIdAndNameIgnoreCase(Long teamId, String name);
}
