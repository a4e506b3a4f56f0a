package org.answerable.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import org.answerable.reply.answer.RefusalFilter;

/**
 * What the insights page is narrowed to; null means any. Dates are the requests' dates sent,
 * inclusive, the same dates the refusals view filters on, so a drill-down lists exactly the
 * answers a figure counts.
 */
public record InsightFilter(Long campaignId, Long authorityId, LocalDate sentFrom, LocalDate sentTo) {

    public static InsightFilter none() {
        return new InsightFilter(null, null, null, null);
    }

    /** The refusals view's filter for the refused and partly refused answers counted here. */
    public RefusalFilter refusals() {
        return new RefusalFilter(authorityId, null, sentFrom, sentTo, null, campaignId);
    }

    public RefusalFilter refusalsCiting(String provisionCode) {
        return new RefusalFilter(authorityId, provisionCode, sentFrom, sentTo, null, campaignId);
    }

    public RefusalFilter refusalsBy(Long authority) {
        return new RefusalFilter(authority, null, sentFrom, sentTo, null, campaignId);
    }

    /** Requests sent in the month, within the filter's own dates. */
    public RefusalFilter refusalsSentIn(YearMonth month) {
        LocalDate from = sentFrom != null && sentFrom.isAfter(month.atDay(1)) ? sentFrom : month.atDay(1);
        LocalDate to = sentTo != null && sentTo.isBefore(month.atEndOfMonth()) ? sentTo : month.atEndOfMonth();
        return new RefusalFilter(authorityId, null, from, to, null, campaignId);
    }
}
