package org.answerable.account;

/** Another administrator saved the same user or team first; their change must not be overwritten. */
public class AccountChangedException extends RuntimeException {

    public AccountChangedException(String what) {
        super("Someone else changed this " + what + " while you were looking at it. "
                + "Reload to see their version, then make your change again.");
    }
}
