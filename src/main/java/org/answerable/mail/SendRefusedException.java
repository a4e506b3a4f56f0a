package org.answerable.mail;

import java.util.Optional;

/**
 * A request can't be sent as things stand (no FOI email for the authority, no mail account,
 * already sent); nothing was sent. The message says what to do.
 */
public class SendRefusedException extends RuntimeException {

    private final Long authorityToFix;

    public SendRefusedException(String message) {
        this(message, null);
    }

    /** @param authorityToFix the authority whose directory entry needs an FOI email address */
    public SendRefusedException(String message, Long authorityToFix) {
        super(message);
        this.authorityToFix = authorityToFix;
    }

    public Optional<Long> authorityToFix() {
        return Optional.ofNullable(authorityToFix);
    }
}
