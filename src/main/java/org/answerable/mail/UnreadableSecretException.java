package org.answerable.mail;

/** A stored mailbox password no longer decrypts: the server's mail key changed since it was saved. */
public class UnreadableSecretException extends RuntimeException {

    public UnreadableSecretException() {
        super("The saved mailbox password can't be read with the server's current mail key (was "
                + MailSecretCipher.ENVIRONMENT_VARIABLE + " changed?). Enter the password again on the team's mail settings.");
    }
}
