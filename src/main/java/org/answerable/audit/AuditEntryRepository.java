package org.answerable.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    List<AuditEntry> findByTeamIdAndRequestIdOrderByChangedAtDescIdDesc(Long teamId, Long requestId);

    @Query("select distinct e.entityType from AuditEntry e order by e.entityType")
    List<String> findEntityTypes();
}
