package org.answerable.campaign;

import java.time.LocalDate;
import org.answerable.request.RequestStanding;
import org.answerable.request.RequestStatus;

/** One authority's request in a campaign, as the campaign page lists it. */
public record CampaignRow(Long requestId, String authorityName, String authorityCode, LocalDate dateSent,
        String reference, RequestStatus status, LocalDate responseDue, RequestStanding standing) {

    public ProgressBucket bucket() {
        return ProgressBucket.of(standing);
    }
}
