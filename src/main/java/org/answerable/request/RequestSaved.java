package org.answerable.request;

/**
 * Published after a request is created, edited or reopened, inside the same transaction, so the
 * features that derive dates from it (the deadline clock) can bring them up to date.
 */
public record RequestSaved(Long requestId) {
}
