package org.answerable.mail;

/** Talking to the team's mail server failed; {@link #failure()} says why in a user's words. */
public class MailConnectionException extends RuntimeException {

    private final MailFailure failure;

    public MailConnectionException(MailFailure failure, Throwable cause) {
        super(failure.message(), cause);
        this.failure = failure;
    }

    public MailFailure failure() {
        return failure;
    }
}
