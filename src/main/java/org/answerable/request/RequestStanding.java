package org.answerable.request;

import java.time.LocalDate;

/**
 * Where a request stands today, in the one vocabulary every page uses (requests list, request
 * page, campaign page, deadlines). The stored {@link RequestStatus} says what the answers were;
 * the standing adds what the calendar and challenges say: a reply missed is "Overdue" from the
 * day after it was due (FOI_RULES §7), and a request whose internal review is under way is
 * "In review", whatever its answers were.
 */
public enum RequestStanding {
    NOT_SENT("Not sent"),
    AWAITING("Awaiting response"),
    OVERDUE("Overdue"),
    RESPONDED("Response received"),
    ANSWERED("Answered"),
    PARTLY_ANSWERED("Partly answered"),
    PARTLY_REFUSED("Partly refused"),
    REFUSED("Refused"),
    NOT_HELD("Information not held"),
    IN_REVIEW("In review"),
    CLOSED("Closed");

    private final String label;

    RequestStanding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * @param responseDue the statutory response date, null when not known
     * @param underReview an internal review has been asked for and not yet decided
     */
    public static RequestStanding of(RequestStatus status, LocalDate responseDue, LocalDate today, boolean underReview) {
        if (status == RequestStatus.DRAFT) {
            return NOT_SENT;
        }
        if (status == RequestStatus.CLOSED) {
            return CLOSED;
        }
        if (underReview) {
            return IN_REVIEW;
        }
        return switch (status) {
            case AWAITING_RESPONSE -> responseDue != null && today.isAfter(responseDue) ? OVERDUE : AWAITING;
            case RESPONDED -> RESPONDED;
            case ANSWERED -> ANSWERED;
            case PARTLY_ANSWERED -> PARTLY_ANSWERED;
            case PARTLY_REFUSED -> PARTLY_REFUSED;
            case REFUSED -> REFUSED;
            case NOT_HELD -> NOT_HELD;
            case DRAFT -> NOT_SENT;
            case CLOSED -> CLOSED;
        };
    }

    /** The stored status this standing is read from, or null when the calendar or a review decides it. */
    RequestStatus storedStatus() {
        return switch (this) {
            case NOT_SENT -> RequestStatus.DRAFT;
            case AWAITING, OVERDUE -> RequestStatus.AWAITING_RESPONSE;
            case RESPONDED -> RequestStatus.RESPONDED;
            case ANSWERED -> RequestStatus.ANSWERED;
            case PARTLY_ANSWERED -> RequestStatus.PARTLY_ANSWERED;
            case PARTLY_REFUSED -> RequestStatus.PARTLY_REFUSED;
            case REFUSED -> RequestStatus.REFUSED;
            case NOT_HELD -> RequestStatus.NOT_HELD;
            case CLOSED -> RequestStatus.CLOSED;
            case IN_REVIEW -> null;
        };
    }
}
