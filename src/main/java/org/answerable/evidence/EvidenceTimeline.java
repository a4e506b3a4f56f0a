package org.answerable.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.answerable.deadline.ChallengeDeadline;
import org.answerable.deadline.DateText;
import org.answerable.deadline.WorkingDayCalendar;
import org.answerable.evidence.EvidencePack.TimelineEntry;
import org.answerable.request.FoiRequest;
import org.answerable.request.Question;
import org.answerable.review.CommissionerComplaint;
import org.answerable.review.InternalReview;
import org.answerable.review.ReviewCase;
import org.answerable.review.ReviewChallenge;
import org.answerable.timeline.RequestEvent;
import org.answerable.timeline.Timeline;
import org.answerable.timeline.TimelineEventType;

/** A request's dated events, its deadlines with their verdicts, and where its challenges stand. */
final class EvidenceTimeline {

    private EvidenceTimeline() {
    }

    /** As the request page lists them: sent, received, then every recorded event. */
    static List<TimelineEntry> entries(Timeline timeline) {
        FoiRequest request = timeline.request();
        List<TimelineEntry> entries = new ArrayList<>();
        if (request.getDateSent() == null) {
            return entries;
        }
        entries.add(new TimelineEntry(request.getDateSent(), "Sent (" + request.getChannel().label() + ")"));
        if (!request.getDateReceived().equals(request.getDateSent())) {
            entries.add(new TimelineEntry(request.getDateReceived(), "Received by the authority"));
        }
        for (RequestEvent event : timeline.events()) {
            StringBuilder what = new StringBuilder(event.getType().label());
            if (event.getNewDueDate() != null) {
                what.append(" (new date: ").append(DateText.of(event.getNewDueDate())).append(")");
            }
            if (event.getNote() != null) {
                what.append(" — ").append(event.getNote());
            }
            entries.add(new TimelineEntry(event.getDate(), what.toString()));
        }
        return entries;
    }

    /**
     * The statutory response date, checked against the first reply; the 40-working-day mark only
     * when the response was late, as that is when it matters (FOI_RULES §7); the fee's last day.
     */
    static List<DeadlineCheck> responseDeadlines(Timeline timeline, LocalDate today, WorkingDayCalendar calendar) {
        List<DeadlineCheck> checks = new ArrayList<>();
        timeline.clock().ifPresent(reading -> {
            Optional<LocalDate> replied = firstOf(timeline, TimelineEventType.REPLY_RECEIVED);
            reading.responseDue().ifPresent(due -> {
                DeadlineCheck response = DeadlineCheck.of(reading.extended() ? "Response due (extended)" : "Response due",
                        due, "reply received", replied, today, calendar);
                checks.add(response);
                if (response.verdict() == DeadlineCheck.Verdict.MISSED) {
                    reading.longOverdueAfter().ifPresent(limit -> checks.add(
                            DeadlineCheck.of("Response before it is long overdue", limit, "reply received", replied, today,
                                    calendar)));
                }
            });
            reading.lastDayToPayFee().ifPresent(last -> checks.add(DeadlineCheck.of("Fee paid", last, "fee paid",
                    firstOf(timeline, TimelineEventType.FEE_PAID), today, calendar)));
        });
        return checks;
    }

    /** Every time limit of one internal review, its complaint and appeal, as far as the challenge has got. */
    static List<DeadlineCheck> challengeDeadlines(ReviewCase c, LocalDate today, WorkingDayCalendar calendar) {
        InternalReview review = c.review();
        Optional<CommissionerComplaint> complaint = c.complaint();
        List<DeadlineCheck> checks = new ArrayList<>();
        c.clocks().reviewRequestBy().ifPresent(d -> checks.add(
                check(d, "review asked for", Optional.ofNullable(review.getDateSent()), today, calendar)));
        c.clocks().reviewDue().ifPresent(d -> checks.add(
                check(d, "decision received", Optional.ofNullable(review.getOutcomeDate()), today, calendar)));
        c.clocks().commissionerComplaintBy().ifPresent(d -> checks.add(
                check(d, "complaint sent", complaint.map(CommissionerComplaint::getDateSent), today, calendar)));
        c.clocks().appealBy().ifPresent(d -> checks.add(
                check(d, "appeal lodged", complaint.map(CommissionerComplaint::getAppealLodged), today, calendar)));
        return checks;
    }

    /** Where the review, the complaint and any appeal stand, a sentence each. */
    static List<String> challengeStatus(ReviewCase c) {
        InternalReview review = c.review();
        List<String> lines = new ArrayList<>();
        String challenged = review.getChallenges().stream()
                .map(ch -> questionLabel(c, ch))
                .collect(Collectors.joining(", "));
        lines.add("Internal review of the response of " + DateText.of(review.getResponseReceived())
                + (challenged.isEmpty() ? "" : ", challenging " + challenged) + ": " + c.clocks().state().label()
                + (review.getDateSent() == null ? "" : "; asked on " + DateText.of(review.getDateSent()))
                + (review.getOutcomeDate() == null ? "" : "; decided on " + DateText.of(review.getOutcomeDate())) + ".");
        review.getChallenges().stream().filter(ch -> ch.getOutcome() != null)
                .sorted(Comparator.comparing(ch -> questionLabel(c, ch)))
                .forEach(ch -> lines.add("Review outcome for " + questionLabel(c, ch) + ": " + ch.getOutcome().label() + "."));
        c.complaint().ifPresent(complaint -> lines.add(complaintStatus(c, complaint)));
        return lines;
    }

    private static String complaintStatus(ReviewCase c, CommissionerComplaint complaint) {
        StringBuilder line = new StringBuilder("Complaint to the ").append(c.commissioner().displayName());
        if (complaint.getDateSent() != null) {
            line.append(" sent on ").append(DateText.of(complaint.getDateSent()));
        }
        if (complaint.getCaseReference() != null) {
            line.append(" (case ").append(complaint.getCaseReference()).append(")");
        }
        line.append(": ").append(complaint.getOutcome() == null ? "awaiting a decision" : complaint.getOutcome().label());
        if (complaint.getDecisionNoticeDate() != null) {
            line.append(", decision notice of ").append(DateText.of(complaint.getDecisionNoticeDate()));
            if (complaint.getDecisionNoticeReference() != null) {
                line.append(" (").append(complaint.getDecisionNoticeReference()).append(")");
            }
        }
        if (complaint.getAppealLodged() != null) {
            line.append("; appeal to the ").append(c.commissioner().appealBody()).append(" lodged on ")
                    .append(DateText.of(complaint.getAppealLodged())).append(": ")
                    .append(complaint.getAppealOutcome() == null ? "awaiting a decision" : complaint.getAppealOutcome().label());
        }
        return line.append(".").toString();
    }

    private static String questionLabel(ReviewCase c, ReviewChallenge challenge) {
        Question q = c.questionsByAnswer().get(challenge.getAnswerId());
        return q == null ? "a removed answer" : "question " + q.getLabel();
    }

    private static DeadlineCheck check(ChallengeDeadline limit, String step, Optional<LocalDate> doneOn, LocalDate today,
            WorkingDayCalendar calendar) {
        String deadline = limit.unverified() ? limit.step() + " (unverified time limit)" : limit.step();
        return DeadlineCheck.of(deadline, limit.date(), step, doneOn, today, calendar);
    }

    private static Optional<LocalDate> firstOf(Timeline timeline, TimelineEventType type) {
        return timeline.events().stream().filter(e -> e.getType() == type).map(RequestEvent::getDate).findFirst();
    }
}
