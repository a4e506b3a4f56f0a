package org.answerable.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.answerable.authority.Regime;
import org.answerable.deadline.ChallengeClocks;
import org.answerable.deadline.ChallengeDeadline;
import org.answerable.deadline.HolidaysUnknownException;
import org.answerable.request.FoiRequest;
import org.answerable.timeline.UpcomingDeadline;

/**
 * The dashboard's view of challenges. Windows the campaigner must act in (asking for a review,
 * complaining, appealing) show until they close and then drop off: the chance has gone, and the
 * request page still explains it. The authority's duties (the review decision) stay as overdue until
 * the outcome is recorded; decision-notice steps show until their date.
 */
class ReviewDeadlines {

    record Sources(List<UnchallengedResponse> unchallenged, List<InternalReview> awaiting,
            List<InternalReview> decided, Map<Long, CommissionerComplaint> complaintsByReview) {
    }

    private final ChallengeClocks clocks;
    private final Function<Long, FoiRequest> requestLookup;
    private final Map<Long, FoiRequest> requests = new HashMap<>();
    private final LocalDate today;
    private final LocalDate horizon;
    private final List<UpcomingDeadline> found = new ArrayList<>();

    ReviewDeadlines(ChallengeClocks clocks, Function<Long, FoiRequest> requestLookup, LocalDate today,
            LocalDate horizon) {
        this.clocks = clocks;
        this.requestLookup = requestLookup;
        this.today = today;
        this.horizon = horizon;
    }

    List<UpcomingDeadline> collect(Sources sources) {
        for (UnchallengedResponse response : sources.unchallenged()) {
            window(response.requestId(), "Internal review window closes",
                    regime -> clocks.reviewRequestBy(regime, response.responseReceived()));
        }
        for (InternalReview review : sources.awaiting()) {
            FoiRequest request = request(review.getRequestId());
            safely(() -> {
                ChallengeDeadline due = ReviewClocks.dueDate(clocks, request.getRegime(), review.getDateSent(),
                        review.isExtended());
                // FOIA: the ICO expects a requester to wait 40 working days before complaining (FOI_RULES §3).
                LocalDate serious = review.isExtended() ? null : clocks.reviewExtendedDue(request.getRegime(),
                        review.getDateSent()).map(ChallengeDeadline::date).orElse(null);
                if (!due.date().isAfter(horizon)) {
                    found.add(deadline(request, "Internal review decision due", due, serious));
                }
            });
        }
        for (InternalReview review : sources.decided()) {
            Optional<CommissionerComplaint> complaint = Optional.ofNullable(sources.complaintsByReview().get(review.getId()));
            if (complaint.map(CommissionerComplaint::getDateSent).isEmpty()) {
                window(review.getRequestId(), "Commissioner complaint window closes",
                        regime -> clocks.commissionerComplaintBy(regime, review.getOutcomeDate()));
            }
            complaint.ifPresent(c -> complaintDates(review.getRequestId(), c));
        }
        return found;
    }

    private void complaintDates(Long requestId, CommissionerComplaint complaint) {
        if (complaint.getStepsDueBy() != null && !complaint.getStepsDueBy().isBefore(today)
                && !complaint.getStepsDueBy().isAfter(horizon)) {
            FoiRequest request = request(requestId);
            found.add(new UpcomingDeadline(request.getId(), request.getTitle(), request.getAuthority().displayName(),
                    "Authority must comply with the decision notice", complaint.getStepsDueBy(), null));
        }
        if (complaint.getDecisionNoticeDate() != null && complaint.getAppealLodged() == null
                && complaint.getOutcome() != ComplaintOutcome.UPHELD) {
            window(requestId, "Appeal window closes", regime -> clocks.appealBy(regime, complaint.getDecisionNoticeDate()));
        }
    }

    private void window(Long requestId, String what, Function<Regime, ChallengeDeadline> rule) {
        FoiRequest request = request(requestId);
        safely(() -> {
            ChallengeDeadline closes = rule.apply(request.getRegime());
            if (!closes.date().isBefore(today) && !closes.date().isAfter(horizon)) {
                found.add(new UpcomingDeadline(request.getId(), request.getTitle(), request.getAuthority().displayName(),
                        closes.unverified() ? what + " (unverified)" : what, closes.date(), null, true));
            }
        });
    }

    private UpcomingDeadline deadline(FoiRequest request, String what, ChallengeDeadline d, LocalDate serious) {
        return new UpcomingDeadline(request.getId(), request.getTitle(), request.getAuthority().displayName(), what,
                d.date(), serious);
    }

    private FoiRequest request(Long id) {
        return requests.computeIfAbsent(id, requestLookup);
    }

    /** A date beyond the bank-holiday data cannot be counted; it appears once the data is updated. */
    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (HolidaysUnknownException e) {
            // skipped on purpose: see above
        }
    }
}
