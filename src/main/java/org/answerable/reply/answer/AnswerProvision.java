package org.answerable.reply.answer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A provision (exemption or procedural refusal) an answer cites, by catalogue code. */
@Embeddable
public record AnswerProvision(@Column(name = "team_id", nullable = false) Long teamId,
        @Column(name = "provision_code", nullable = false, length = 40) String code) {
}
