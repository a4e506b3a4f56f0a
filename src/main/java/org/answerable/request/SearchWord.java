package org.answerable.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One word the requests list's search finds a request by (see {@link SearchWords}). */
@Embeddable
public record SearchWord(@Column(name = "team_id", nullable = false) Long teamId,
        @Column(name = "word", nullable = false, length = SearchWords.MAX_LENGTH) String word) {
}
