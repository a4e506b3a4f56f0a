package org.answerable.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Regime;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.deadline.ChallengeDeadline;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.RequestService;
import org.answerable.review.RefusedRequests.Refused;
import org.answerable.support.FixedClock;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** Today is Monday 21 July 2025; each request was sent on 2 June and answered on 1 July. */
@IntegrationTest
@Import(FixedClock.class)
class ReviewServiceTest {

    static final LocalDate RESPONDED = LocalDate.of(2025, 7, 1);
    static final LocalDate REVIEW_SENT = LocalDate.of(2025, 7, 7);

    @Autowired ReviewService reviews;
    @Autowired RequestService requests;
    @Autowired ReplyService replies;
    @Autowired AnswerService answers;
    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;

    SignedInUser campaigner;
    RefusedRequests fixtures;

    @BeforeEach
    void signIn() {
        campaigner = users.signInNew(Role.MEMBER);
        fixtures = new RefusedRequests(requests, replies, answers, authorities);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_foia_review_is_due_in_20_working_days_or_40_when_the_authority_says_it_needs_longer() {
        Refused leicester = fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED);
        InternalReview review = ask(leicester, REVIEW_SENT);

        ReviewClocks clocks = reviews.get(review.getId()).clocks();
        assertThat(clocks.reviewRequestBy().orElseThrow().date()).as("40 WD, 14 Jul, 4 and 25 Aug are UK bank holidays")
                .isEqualTo(LocalDate.of(2025, 8, 29));
        assertThat(date(clocks.reviewDue().orElseThrow())).isEqualTo(LocalDate.of(2025, 8, 6));
        assertThat(clocks.state()).isEqualTo(ReviewState.AWAITING);

        reviews.recordSent(review.getId(), review.getLetterText(), REVIEW_SENT, true, review.getVersion());
        assertThat(date(reviews.get(review.getId()).clocks().reviewDue().orElseThrow()))
                .isEqualTo(LocalDate.of(2025, 9, 4));
    }

    @Test
    void an_eir_review_is_due_in_40_working_days() {
        InternalReview review = ask(fixtures.refused("Air quality", "LCE", Regime.EIR, RESPONDED), REVIEW_SENT);
        assertThat(date(reviews.get(review.getId()).clocks().reviewDue().orElseThrow()))
                .isEqualTo(LocalDate.of(2025, 9, 4));
    }

    @Test
    void a_foisa_review_counts_scottish_working_days_and_the_commissioner_allows_6_months() {
        Refused aberdeen = fixtures.refused("Referrals", "ABE", Regime.FOISA, RESPONDED);
        InternalReview review = ask(aberdeen, REVIEW_SENT);
        ReviewClocks clocks = reviews.get(review.getId()).clocks();
        assertThat(clocks.reviewRequestBy().orElseThrow().date()).as("only 4 Aug is a Scottish holiday")
                .isEqualTo(LocalDate.of(2025, 8, 27));
        assertThat(date(clocks.reviewDue().orElseThrow())).isEqualTo(LocalDate.of(2025, 8, 5));

        decide(review, LocalDate.of(2025, 7, 18));
        reviews.saveComplaint(review.getId(), complaint(LocalDate.of(2025, 7, 20), 0));

        ReviewCase decided = reviews.get(review.getId());
        assertThat(decided.commissioner()).isEqualTo(Commissioner.SCOTTISH);
        assertThat(date(decided.clocks().commissionerComplaintBy().orElseThrow())).isEqualTo(LocalDate.of(2026, 1, 18));
        ChallengeDeadline appeal = decided.clocks().appealBy().orElseThrow();
        assertThat(appeal.step()).contains("Court of Session");
        assertThat(appeal.unverified()).as("FOI_RULES §4 marks the Court of Session period unverified").isTrue();
    }

    @Test
    void after_a_foia_review_the_ico_allows_6_weeks_and_the_tribunal_28_days() {
        InternalReview review = ask(fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED), REVIEW_SENT);
        decide(review, LocalDate.of(2025, 7, 18));
        CommissionerComplaint saved = reviews.saveComplaint(review.getId(), complaint(LocalDate.of(2025, 7, 20), 0));

        ReviewCase decided = reviews.get(review.getId());
        assertThat(decided.clocks().state()).isEqualTo(ReviewState.DECIDED);
        assertThat(date(decided.clocks().commissionerComplaintBy().orElseThrow())).isEqualTo(LocalDate.of(2025, 8, 29));
        assertThat(date(decided.clocks().appealBy().orElseThrow())).isEqualTo(LocalDate.of(2025, 8, 17));
        assertThat(decided.complaint().orElseThrow().getCaseReference()).isEqualTo("IC-2025-001");

        reviews.saveComplaint(review.getId(), complaint(LocalDate.of(2025, 7, 21), saved.getVersion()));
        assertThatThrownBy(() -> reviews.saveComplaint(review.getId(), complaint(LocalDate.of(2025, 7, 20),
                saved.getVersion()))).as("someone saved it since").isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void the_review_records_an_outcome_for_every_challenged_answer() {
        InternalReview review = ask(fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED), REVIEW_SENT);
        assertThatThrownBy(() -> reviews.recordOutcome(review.getId(), LocalDate.of(2025, 7, 18), Map.of(),
                review.getVersion()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("outcomes"));

        decide(review, LocalDate.of(2025, 7, 18));
        assertThat(reviews.get(review.getId()).review().getChallenges()).extracting(ReviewChallenge::getOutcome)
                .containsExactly(ChallengeOutcome.OVERTURNED);
    }

    @Test
    void dates_cannot_be_in_the_future_or_before_what_they_follow() {
        Refused leicester = fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED);
        assertRefused(() -> ask(leicester, LocalDate.of(2025, 7, 22)), "dateSent");
        assertRefused(() -> ask(leicester, LocalDate.of(2025, 6, 30)), "dateSent");
        assertRefused(() -> reviews.ask(leicester.request().getId(), new ReviewDraft(null, LocalDate.of(2025, 6, 1),
                challenge(leicester), "Letter", null)), "responseReceived");
        assertRefused(() -> reviews.ask(leicester.request().getId(), new ReviewDraft(null, RESPONDED,
                List.of(new ReviewDraft.Challenge(leicester.refusal().getId(), EnumSet.noneOf(ReviewGround.class), " ")),
                "Letter", null)), "challenges");

        InternalReview review = ask(leicester, REVIEW_SENT);
        assertRefused(() -> decide(review, LocalDate.of(2025, 7, 6)), "outcomeDate");
    }

    @Test
    void the_letter_is_drafted_from_the_challenged_answers() {
        Refused leicester = fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED);
        String letter = reviews.draftLetter(leicester.request().getId(), RESPONDED, challenge(leicester));
        assertThat(letter).contains("How many referrals led to a strategy meeting?")
                .contains(ReviewGround.COST_ESTIMATE_NOT_CREDIBLE.letterText())
                .doesNotContain("How many children were referred?")
                .contains("section 45");
        assertThat(reviews.challengeableAnswers(leicester.request().getId()))
                .as("refusals are offered first").first()
                .satisfies(qa -> assertThat(qa.answer().orElseThrow().getId()).isEqualTo(leicester.refusal().getId()));
    }

    @Test
    void the_letter_greets_the_authority_by_its_full_name_not_its_short_name() {
        Refused coventry = fixtures.refused("Referrals", "COV", Regime.FOIA, RESPONDED);
        assertThat(coventry.request().getAuthority().displayName()).isEqualTo("Coventry");

        String letter = reviews.draftLetter(coventry.request().getId(), RESPONDED, challenge(coventry));

        assertThat(letter).startsWith("Dear Coventry City Council,\n");
    }

    @Test
    void a_review_of_a_request_before_the_known_bank_holidays_is_kept_with_its_working_day_dates_not_computed() {
        Refused old = fixtures.refused("Library budget 1999", "LCE", Regime.FOIA, LocalDate.of(1999, 2, 1),
                LocalDate.of(1999, 3, 1));
        reviews.ask(old.request().getId(), new ReviewDraft(old.response().getId(), LocalDate.of(1999, 3, 1),
                challenge(old), "Dear Council", LocalDate.of(1999, 3, 10)));

        ReviewCase c = reviews.reviewsOf(old.request().getId()).getFirst();

        assertThat(c.clocks().reviewRequestBy()).as("40 working days need the holidays").isEmpty();
        assertThat(c.clocks().reviewDue()).isEmpty();
        assertThat(c.reviewAskedLate()).isEmpty();
    }

    @Test
    void another_teams_reviews_cannot_be_seen_or_changed() {
        Refused leicester = fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED);
        InternalReview review = ask(leicester, REVIEW_SENT);

        users.signInNew(Role.MEMBER);
        assertThatThrownBy(() -> reviews.get(review.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.reviewsOf(leicester.request().getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.recordSent(review.getId(), "x", REVIEW_SENT, false, review.getVersion()))
                .isInstanceOf(NotFoundException.class);
        assertThat(reviews.deadlinesUpTo(LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void viewers_can_read_reviews_but_not_change_them() {
        Refused leicester = fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED);
        InternalReview review = ask(leicester, REVIEW_SENT);

        users.signIn(users.createInTeam(Role.VIEWER, campaigner.teamName()));
        assertThat(reviews.reviewsOf(leicester.request().getId())).hasSize(1);
        assertThatThrownBy(() -> reviews.recordSent(review.getId(), "x", REVIEW_SENT, false, review.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_stale_version_is_refused() {
        InternalReview review = ask(fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED), REVIEW_SENT);
        reviews.recordSent(review.getId(), "Edited letter", REVIEW_SENT, false, review.getVersion());
        assertThatThrownBy(() -> reviews.recordSent(review.getId(), "My edit", REVIEW_SENT, false, review.getVersion()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    private InternalReview ask(Refused refused, LocalDate sent) {
        return reviews.ask(refused.request().getId(),
                new ReviewDraft(refused.response().getId(), RESPONDED, challenge(refused), "Dear Council", sent));
    }

    private InternalReview decide(InternalReview review, LocalDate on) {
        InternalReview current = reviews.get(review.getId()).review();
        return reviews.recordOutcome(review.getId(), on,
                Map.of(current.getChallenges().getFirst().getId(), ChallengeOutcome.OVERTURNED), current.getVersion());
    }

    private static List<ReviewDraft.Challenge> challenge(Refused refused) {
        return List.of(new ReviewDraft.Challenge(refused.refusal().getId(),
                EnumSet.of(ReviewGround.COST_ESTIMATE_NOT_CREDIBLE), null));
    }

    private static ComplaintDraft complaint(LocalDate notice, long version) {
        return new ComplaintDraft(LocalDate.of(2025, 7, 19), "IC-2025-001", "IC-2025-DN", notice,
                ComplaintOutcome.NOT_UPHELD, null, null, null, null, null, version);
    }

    private static LocalDate date(ChallengeDeadline deadline) {
        return deadline.date();
    }

    private static void assertRefused(Runnable action, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
