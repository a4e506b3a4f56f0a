package org.answerable.base;

/** Someone else saved the same record after this user opened it; their change must not be lost. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super("Someone else saved changes to this " + what
                + " while you were editing. Reload to see their version, then make your change again.");
    }
}
