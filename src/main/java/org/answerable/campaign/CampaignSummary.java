package org.answerable.campaign;

import java.time.Instant;

/** A campaign as the campaigns list shows it. */
public record CampaignSummary(Long id, String name, Instant createdAt, int authorities) {
}
