package org.answerable.base;

/** Absent, or belonging to another team: the two are deliberately indistinguishable. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super("That " + what + " could not be found.");
    }
}
