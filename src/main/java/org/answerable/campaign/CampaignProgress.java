package org.answerable.campaign;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many of a campaign's requests stand in each bucket. */
public record CampaignProgress(Map<ProgressBucket, Integer> counts, int total) {

    public static CampaignProgress of(Collection<CampaignRow> rows) {
        Map<ProgressBucket, Integer> counts = new EnumMap<>(ProgressBucket.class);
        for (ProgressBucket bucket : ProgressBucket.values()) {
            counts.put(bucket, 0);
        }
        rows.forEach(row -> counts.merge(row.bucket(), 1, Integer::sum));
        return new CampaignProgress(Map.copyOf(counts), rows.size());
    }

    public int count(ProgressBucket bucket) {
        return counts.getOrDefault(bucket, 0);
    }
}
