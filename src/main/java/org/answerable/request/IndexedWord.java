package org.answerable.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of {@code request_search_word} (written through {@link FoiRequest}'s search
 * words), so a search reads the word index alone: team, word prefix, request id.
 */
@Entity
@Immutable
@Table(name = "request_search_word")
class IndexedWord {

    @EmbeddedId
    private Key key;

    @Column(name = "team_id", nullable = false, insertable = false, updatable = false)
    private Long teamId;

    protected IndexedWord() {
    }

    @Embeddable
    record Key(@Column(name = "request_id") Long requestId, @Column(name = "word") String word) {
    }
}
