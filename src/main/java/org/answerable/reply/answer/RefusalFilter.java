package org.answerable.reply.answer;

import java.time.LocalDate;

/** The refusals view's filters; null means any. {@code provisionCode} as in the catalogue. */
public record RefusalFilter(Long authorityId, String provisionCode, LocalDate sentFrom, LocalDate sentTo,
        String requestText) {

    public static RefusalFilter none() {
        return new RefusalFilter(null, null, null, null, null);
    }
}
