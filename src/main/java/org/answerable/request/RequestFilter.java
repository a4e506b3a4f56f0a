package org.answerable.request;

import java.time.LocalDate;

/** The requests list's filters; null means "any". */
public record RequestFilter(Long authorityId, RequestStatus status, String text, LocalDate sentFrom,
        LocalDate sentTo) {

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, null);
    }
}
