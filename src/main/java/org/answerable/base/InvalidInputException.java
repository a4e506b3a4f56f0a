package org.answerable.base;

/** A user's input broke a rule; the message is written for that user and names the field. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form property the message belongs next to. */
    public String field() {
        return field;
    }
}
