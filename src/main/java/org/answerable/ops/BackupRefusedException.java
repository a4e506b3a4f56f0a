package org.answerable.ops;

/** A backup this app cannot make; the message tells the administrator what to do instead. */
public class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String message) {
        super(message);
    }
}
