package org.answerable.review;

import java.time.LocalDate;

/** A request whose response refused something, and nobody has asked for a review of it yet. */
record UnchallengedResponse(Long requestId, LocalDate responseReceived) {
}
