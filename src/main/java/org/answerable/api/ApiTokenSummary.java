package org.answerable.api;

import java.time.Instant;
import java.time.LocalDate;

/** A token as its owner sees it in the list: never its secret. */
public record ApiTokenSummary(Long id, String name, Instant createdAt, Instant lastUsedAt, LocalDate expiresOn,
        boolean revoked, boolean works) {
}
