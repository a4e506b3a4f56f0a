package org.answerable.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerable.authority.Regime;

/**
 * Time limits after an answer: internal review, the Information Commissioner (ICO or Scottish
 * Information Commissioner) and appeal (FOI_RULES §2, §3, §4).
 */
public final class ChallengeClocks {

    private static final int REVIEW_REQUEST_WORKING_DAYS = 40;

    private final Map<Regime, DeadlineCalculator> calculators = new EnumMap<>(Regime.class);

    public ChallengeClocks(Collection<BankHoliday> holidays) {
        DeadlineCalculator unitedKingdom = DeadlineCalculator.forRegime(Regime.FOIA, holidays);
        DeadlineCalculator scotland = DeadlineCalculator.forRegime(Regime.FOISA, holidays);
        for (Regime regime : Regime.values()) {
            calculators.put(regime, regime.isScottish() ? scotland : unitedKingdom);
        }
    }

    /** The last day to ask the authority to review its response. */
    public ChallengeDeadline reviewRequestBy(Regime regime, LocalDate responseDate) {
        String step = "Ask for an internal review";
        return switch (regime) {
            case FOIA -> workingDays(regime, step, responseDate, REVIEW_REQUEST_WORKING_DAYS,
                    "FOIA s45 Code of Practice para 5.3, FOI_RULES §3", false,
                    "Not statutory: authorities usually accept reviews asked for within 40 working days "
                            + "and need not accept later ones.");
            case EIR -> workingDays(regime, step, responseDate, REVIEW_REQUEST_WORKING_DAYS,
                    "EIR reg 11, FOI_RULES §2", false,
                    "Counted from the response, or from the day the authority failed to respond.");
            case FOISA -> workingDays(regime, step, responseDate, REVIEW_REQUEST_WORKING_DAYS,
                    "FOISA s20, FOI_RULES §4", false, "The authority may still accept a later request (s20(6)).");
            case EISR -> workingDays(regime, step, responseDate, REVIEW_REQUEST_WORKING_DAYS,
                    "EISR reg 16, FOI_RULES §4", true,
                    "FOI_RULES could not verify the 40-working-day window for asking for an EISR review.");
        };
    }

    /** The last day for the authority's review decision. */
    public ChallengeDeadline reviewDue(Regime regime, LocalDate reviewRequested) {
        String step = "Internal review decision due";
        return switch (regime) {
            case FOIA -> workingDays(regime, step, reviewRequested, 20,
                    "FOIA s45 Code of Practice para 5.4, FOI_RULES §3", false,
                    "Not statutory: the Code allows up to 20 more working days for complex or voluminous reviews.");
            case EIR -> workingDays(regime, step, reviewRequested, 40, "EIR reg 11, FOI_RULES §2", false,
                    "A legal duty under the EIR, unlike a FOIA review.");
            case FOISA -> workingDays(regime, step, reviewRequested, 20, "FOISA s21(1), FOI_RULES §4", false, "");
            case EISR -> workingDays(regime, step, reviewRequested, 20, "EISR reg 16, FOI_RULES §4", false, "");
        };
    }

    /** FOIA only: the Code's best-practice ceiling for a complex review; no other regime has one. */
    public Optional<ChallengeDeadline> reviewExtendedDue(Regime regime, LocalDate reviewRequested) {
        if (regime != Regime.FOIA) {
            return Optional.empty();
        }
        return Optional.of(workingDays(regime, "Extended internal review decision due", reviewRequested, 40,
                "FOIA s45 Code of Practice para 5.5, FOI_RULES §3", false,
                "The ICO expects more than 20 working days only in exceptional cases; "
                        + "its complaint form expects you to have waited 40."));
    }

    /** The last day to complain to the Commissioner after the review outcome. */
    public ChallengeDeadline commissionerComplaintBy(Regime regime, LocalDate reviewOutcome) {
        if (!regime.isScottish()) {
            return new ChallengeDeadline("Complain to the ICO", reviewOutcome, reviewOutcome.plusWeeks(6),
                    "6 calendar weeks", "ICO complaints guidance, FOI_RULES §3", false,
                    "Counted from the final response or last substantive contact; "
                            + "the ICO usually rejects complaints made after undue delay.", List.of());
        }
        boolean eisr = regime == Regime.EISR;
        return new ChallengeDeadline("Apply to the Scottish Information Commissioner", reviewOutcome,
                reviewOutcome.plusMonths(6), "6 calendar months",
                eisr ? "EISR reg 17 applying FOISA s47, FOI_RULES §4" : "FOISA s47, FOI_RULES §4", eisr,
                "Counted from receiving the review outcome, or from when it should have been received; "
                        + "a review must come first.", List.of());
    }

    /** The last day to appeal against the Commissioner's decision notice. */
    public ChallengeDeadline appealBy(Regime regime, LocalDate decisionNotice) {
        if (!regime.isScottish()) {
            return new ChallengeDeadline("Appeal to the First-tier Tribunal (Information Rights)", decisionNotice,
                    decisionNotice.plusDays(28), "28 calendar days", "GRC Rules 2009 r22, FOI_RULES §3", false,
                    "The notice of appeal must be received within 28 days of the date the decision notice was "
                            + "sent; a later appeal needs a request for an extension, with reasons.", List.of());
        }
        return new ChallengeDeadline("Appeal to the Court of Session on a point of law", decisionNotice,
                decisionNotice.plusDays(42), "42 calendar days", "FOI_RULES §4", true,
                "Sources give 42 or 45 days; the earlier date is shown. Take legal advice.", List.of());
    }

    private ChallengeDeadline workingDays(Regime regime, String step, LocalDate from, int days, String source,
            boolean unverified, String note) {
        ComputedDeadline count = calculators.get(regime).workingDaysAfter(from, days);
        return new ChallengeDeadline(step, from, count.date(), days + " working days", source, unverified, note,
                count.skippedHolidays());
    }
}
