package org.answerable.authority;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuthorityRepository extends JpaRepository<Authority, Long> {

    Optional<Authority> findByNameKey(String nameKey);

    Optional<Authority> findByCodeIgnoreCase(String code);

    @Query("""
            select a from Authority a
            where :text = '' or a.nameKey like concat('%', :text, '%')
               or lower(a.shortName) like concat('%', :text, '%')
               or lower(a.code) = :text""")
    Page<Authority> search(@Param("text") String lowerCaseText, Pageable pageable);
}
