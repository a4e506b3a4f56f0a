package org.answerable.campaign;

import java.time.LocalDate;
import org.answerable.request.RequestStatus;

/** One authority's request in a campaign, as the campaign page lists it. */
public record CampaignRow(Long requestId, String authorityName, String authorityCode, LocalDate dateSent,
        String reference, RequestStatus status, LocalDate responseDue, ProgressBucket bucket) {
}
