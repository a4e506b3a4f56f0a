package org.answerable.mail;

/** A mailbox password was to be stored or read, but the server has no encryption key for it. */
public class MailKeyMissingException extends RuntimeException {

    public MailKeyMissingException() {
        super("Mailbox passwords can't be stored: the server has no mail encryption key. Ask whoever runs "
                + "Answerable to set " + MailSecretCipher.ENVIRONMENT_VARIABLE + " (see docs/email.md) and restart it.");
    }
}
