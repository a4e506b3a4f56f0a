package org.answerable.insight;

import java.util.List;

/** Everything the insights page shows for one filter, computed in one read-only transaction. */
public record Insights(List<ProvisionCount> byProvision, List<AuthorityRefusals> byAuthority,
        List<MonthlyRefusals> overTime, List<AuthorityTimeliness> timeliness) {
}
