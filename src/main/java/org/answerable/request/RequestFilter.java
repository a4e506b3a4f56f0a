package org.answerable.request;

import java.time.LocalDate;

/**
 * The requests list's filters; null means "any".
 *
 * @param status the stored status (the API's filter)
 * @param standing where the request stands today (the list's filter, in the words its badges use)
 */
public record RequestFilter(Long authorityId, RequestStatus status, String text, LocalDate sentFrom,
        LocalDate sentTo, RequestStanding standing) {

    public RequestFilter(Long authorityId, RequestStatus status, String text, LocalDate sentFrom, LocalDate sentTo) {
        this(authorityId, status, text, sentFrom, sentTo, null);
    }

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, null);
    }
}
