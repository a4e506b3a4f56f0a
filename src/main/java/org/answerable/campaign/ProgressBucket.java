package org.answerable.campaign;

import java.time.LocalDate;
import org.answerable.request.RequestStatus;

/**
 * Where one request of a campaign stands, in the words of a campaign's Monday-morning check. A
 * challenge in progress outranks the outcome it challenges; a late reply outranks waiting.
 */
public enum ProgressBucket {
    NOT_SENT("Not sent"),
    AWAITING("Awaiting"),
    OVERDUE("Overdue"),
    ANSWERED("Answered"),
    PARTLY_REFUSED("Partly refused"),
    REFUSED("Refused or not held"),
    IN_REVIEW("In review");

    private final String label;

    ProgressBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ProgressBucket of(RequestStatus status, LocalDate responseDue, LocalDate today, boolean underChallenge) {
        if (status == RequestStatus.DRAFT) {
            return NOT_SENT;
        }
        if (underChallenge) {
            return IN_REVIEW;
        }
        return switch (status) {
            case AWAITING_RESPONSE -> responseDue != null && today.isAfter(responseDue) ? OVERDUE : AWAITING;
            case PARTLY_REFUSED -> PARTLY_REFUSED;
            case REFUSED, NOT_HELD -> REFUSED;
            default -> ANSWERED;
        };
    }
}
