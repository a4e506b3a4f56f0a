package org.answerable.deadline.api;

/** A query parameter the API cannot use; the message names it, for whoever wrote the URL. */
class BadParameterException extends RuntimeException {

    BadParameterException(String message) {
        super(message);
    }
}
