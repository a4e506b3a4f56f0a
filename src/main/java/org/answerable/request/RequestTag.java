package org.answerable.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A free tag on a request; it carries the team like every row of a team's data. */
@Embeddable
public record RequestTag(@Column(name = "team_id", nullable = false) Long teamId,
        @Column(name = "tag", nullable = false, length = RequestTag.MAX_LENGTH) String tag) {

    public static final int MAX_LENGTH = 50;
}
