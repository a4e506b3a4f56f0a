package org.answerable.mail;

import java.util.Optional;

/**
 * Whether the signed-in user can send email for their team now, and if not, what is missing, in
 * words for that user. {@code canConfigure}: they are an administrator who can fix it on the
 * team's mail settings page.
 */
public record SendingReadiness(Optional<String> problem, boolean canConfigure) {

    static SendingReadiness ready() {
        return new SendingReadiness(Optional.empty(), false);
    }

    static SendingReadiness blocked(String problem, boolean canConfigure) {
        return new SendingReadiness(Optional.of(problem), canConfigure);
    }

    public boolean isReady() {
        return problem.isEmpty();
    }
}
