package org.answerable.reply.letter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReplyRepository extends JpaRepository<Reply, Long> {

    @EntityGraph(attributePaths = "attachments")
    List<Reply> findByRequestIdAndTeamIdOrderByDateReceivedAscIdAsc(Long requestId, Long teamId);

    @EntityGraph(attributePaths = "attachments")
    Optional<Reply> findByIdAndTeamId(Long id, Long teamId);

    /** Letters whose text, or whose attachments' text, contains the words. */
    @Query("""
            select r from Reply r
            where r.teamId = :teamId
              and (lower(r.letterText) like :pattern escape '\\'
                   or exists (select a.id from Attachment a
                              where a.reply = r and lower(a.extractedText) like :pattern escape '\\'))
            order by r.dateReceived desc, r.id desc""")
    List<Reply> search(@Param("teamId") Long teamId, @Param("pattern") String lowerCasePattern, Pageable page);
}
