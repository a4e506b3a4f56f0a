package org.answerable.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Regime;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.RequestService;
import org.answerable.review.ChallengeOutcome;
import org.answerable.review.ComplaintOutcome;
import org.answerable.review.InternalReview;
import org.answerable.review.RefusedRequests;
import org.answerable.review.RefusedRequests.Refused;
import org.answerable.review.ReviewDraft;
import org.answerable.review.ReviewGround;
import org.answerable.review.ReviewService;
import org.answerable.support.FixedClock;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Today is Monday 21 July 2025 (FixedClock); the request was sent on 2 June. */
@IntegrationTest
@Import(FixedClock.class)
@ViewPackages(packages = "org.answerable")
class ReviewViewsTest extends SpringBrowserlessTest {

    static final LocalDate RESPONDED = LocalDate.of(2025, 7, 1);

    @Autowired TestUsers users;
    @Autowired ReviewService reviews;
    @Autowired RequestService requests;
    @Autowired ReplyService replies;
    @Autowired AnswerService answers;
    @Autowired AuthorityService authorities;

    RefusedRequests fixtures;

    @BeforeEach
    void signIn() {
        users.signInNew(Role.MEMBER);
        fixtures = new RefusedRequests(requests, replies, answers, authorities);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void campaigner_asks_for_an_internal_review_of_a_cost_refusal() {
        Refused leicester = fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED);
        navigate("requests/" + leicester.request().getId(), Main.class);
        test($(Button.class).withId("ask-review").single()).click();

        AskReviewDialog dialog = $(AskReviewDialog.class).single();
        assertThat(dialog.responseReceived.getValue()).as("the latest response is chosen").isEqualTo(RESPONDED);
        ChallengeRow refusal = dialog.rows.getFirst();
        assertThat(refusal.challenge.getLabel()).as("refusals are offered first").contains("Refused");
        refusal.challenge.setValue(true);
        refusal.grounds.setValue(Set.of(ReviewGround.COST_ESTIMATE_NOT_CREDIBLE));
        test(refusal.ownWords).setValue("The figures sit in one spreadsheet.");
        test(dialog.draft).click();

        assertThat(dialog.letter.getValue())
                .contains("Question 2: How many referrals led to a strategy meeting?")
                .contains(ReviewGround.COST_ESTIMATE_NOT_CREDIBLE.letterText())
                .contains("The figures sit in one spreadsheet.")
                .contains("section 45 of the Freedom of Information Act 2000");
        dialog.dateSent.setValue(LocalDate.of(2025, 7, 7));
        test(dialog.save).click();

        assertThat($(Span.class).withId("review-due").single().getText()).isEqualTo("Wed 6 Aug 2025");
        assertThat($(Span.class).withId("review-state").single().getText()).isEqualTo("Awaiting the review");
        assertThat($(Anchor.class).withId("download-review-letter").single().getText()).isEqualTo("Download as .txt");
    }

    @Test
    void a_review_without_grounds_is_refused_next_to_the_answers() {
        Refused leicester = fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED);
        navigate("requests/" + leicester.request().getId(), Main.class);
        test($(Button.class).withId("ask-review").single()).click();
        AskReviewDialog dialog = $(AskReviewDialog.class).single();
        dialog.rows.getFirst().challenge.setValue(true);
        test(dialog.save).click();

        assertThat(dialog.challengeError.getText()).isEqualTo("Give at least one ground for question 2");
        assertThat(reviews.reviewsOf(leicester.request().getId())).isEmpty();
    }

    @Test
    void campaigner_records_that_the_review_overturned_the_refusal() {
        Refused leicester = fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED);
        ask(leicester);
        navigate("requests/" + leicester.request().getId(), Main.class);

        ReviewOutcomeForm form = $(ReviewOutcomeForm.class).single();
        form.outcomes.values().iterator().next().setValue(ChallengeOutcome.OVERTURNED);
        form.outcomeDate.setValue(LocalDate.of(2025, 7, 18));
        test(form.save).click();

        assertThat($(Span.class).withId("review-state").single().getText()).isEqualTo("Review decided");
        Anchor newAnswer = $(Anchor.class).all().stream()
                .filter(a -> a.getText().contains("Record the new answer")).findFirst().orElseThrow();
        assertThat(newAnswer.getHref()).endsWith("#question-" + leicester.refusal().getQuestionId());
        assertThat($(Span.class).withId("complaint-window").single().getText()).isEqualTo("Fri 29 Aug 2025");
    }

    @Test
    void campaigner_records_a_complaint_to_the_ico_and_sees_the_appeal_deadline() {
        Refused leicester = fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED);
        InternalReview review = ask(leicester);
        reviews.recordOutcome(review.getId(), LocalDate.of(2025, 7, 10),
                Map.of(review.getChallenges().getFirst().getId(), ChallengeOutcome.UPHELD), review.getVersion());
        navigate("requests/" + leicester.request().getId(), Main.class);

        ComplaintForm form = $(ComplaintForm.class).single();
        form.dateSent.setValue(LocalDate.of(2025, 7, 14));
        test(form.caseReference).setValue("IC-2025-001");
        form.noticeDate.setValue(LocalDate.of(2025, 7, 18));
        form.outcome.setValue(ComplaintOutcome.NOT_UPHELD);
        test(form.save).click();

        assertThat(reviews.get(review.getId()).complaint().orElseThrow().getCaseReference()).isEqualTo("IC-2025-001");
        assertThat($(Span.class).withId("appeal-by").single().getText()).isEqualTo("Fri 15 Aug 2025");
    }

    @Test
    void drafting_with_nothing_ticked_says_what_is_missing_instead_of_an_empty_letter() {
        Refused leicester = fixtures.refused("Referrals", "LCE", Regime.FOIA, RESPONDED);
        navigate("requests/" + leicester.request().getId(), Main.class);
        test($(Button.class).withId("ask-review").single()).click();
        AskReviewDialog dialog = $(AskReviewDialog.class).single();

        test(dialog.draft).click();

        assertThat(dialog.letter.getValue()).isEmpty();
        assertThat(dialog.letter.isInvalid()).as("the message stands where the letter would be").isTrue();
        assertThat(dialog.letter.getErrorMessage()).isEqualTo(
                "Nothing to draft yet: tick at least one answer to challenge above, and give a ground for it");
    }

    @Test
    void a_review_asked_for_after_its_window_is_warned_about_before_saving_and_marked_on_the_review() {
        Refused late = fixtures.refused("Referrals", "LCE", Regime.FOIA, LocalDate.of(2024, 11, 1),
                LocalDate.of(2024, 11, 27));
        navigate("requests/" + late.request().getId(), Main.class);
        test($(Button.class).withId("ask-review").single()).click();
        AskReviewDialog dialog = $(AskReviewDialog.class).single();
        dialog.rows.getFirst().challenge.setValue(true);
        dialog.rows.getFirst().grounds.setValue(Set.of(ReviewGround.COST_ESTIMATE_NOT_CREDIBLE));
        test(dialog.draft).click();

        dialog.dateSent.setValue(LocalDate.of(2025, 7, 21));

        assertThat(dialog.dateSent.getHelperText()).isEqualTo(
                "Asked for after the window closed on Wed 29 Jan 2025; the authority may refuse it.");
        test(dialog.save).click();
        assertThat($(Span.class).withId("review-late").single().getText()).isEqualTo(
                "Asked for after the window closed on Wed 29 Jan 2025; the authority may refuse it.");
    }

    @Test
    void a_complaint_or_appeal_outside_its_window_is_warned_about_and_marked() {
        Refused leicester = fixtures.refused("Referrals", "LCE", Regime.FOIA, LocalDate.of(2024, 11, 1),
                LocalDate.of(2024, 11, 27));
        InternalReview review = reviews.ask(leicester.request().getId(), new ReviewDraft(leicester.response().getId(),
                LocalDate.of(2024, 11, 27), List.of(new ReviewDraft.Challenge(leicester.refusal().getId(),
                        EnumSet.of(ReviewGround.COST_ESTIMATE_NOT_CREDIBLE), null)), "Dear Council", LocalDate.of(2024, 12, 2)));
        reviews.recordOutcome(review.getId(), LocalDate.of(2025, 1, 10),
                Map.of(review.getChallenges().getFirst().getId(), ChallengeOutcome.UPHELD), review.getVersion());
        navigate("requests/" + leicester.request().getId(), Main.class);
        ComplaintForm form = $(ComplaintForm.class).single();

        form.dateSent.setValue(LocalDate.of(2025, 3, 3));
        form.noticeDate.setValue(LocalDate.of(2025, 5, 1));
        form.outcome.setValue(ComplaintOutcome.NOT_UPHELD);
        form.appealLodged.setValue(LocalDate.of(2025, 7, 1));

        assertThat(form.dateSent.getHelperText()).isEqualTo(
                "Sent after the window closed on Fri 21 Feb 2025; the Information Commissioner's Office may refuse it "
                        + "for undue delay.");
        assertThat(form.appealLodged.getHelperText()).isEqualTo("Lodged after the window closed on Thu 29 May 2025; "
                + "ask the First-tier Tribunal (Information Rights) to accept it late, giving your reasons.");
        test(form.save).click();
        assertThat($(Span.class).withId("complaint-late").single().getText()).startsWith("Sent after the window closed");
        assertThat($(Span.class).withId("appeal-late").single().getText()).startsWith("Lodged after the window closed");
    }

    @Test
    void the_dashboard_shows_a_review_window_closing() {
        fixtures.refused("Refused in June", "LCE", Regime.FOIA, LocalDate.of(2025, 6, 3));
        navigate("dashboard", Main.class);

        Grid<?> grid = $(Grid.class, $(Section.class).withId("due-later").single()).single();
        var rows = test(grid);
        List<String> whats = IntStream.range(0, rows.size()).mapToObj(row -> rows.getCellText(row, 1)).toList();
        List<String> dates = IntStream.range(0, rows.size()).mapToObj(row -> rows.getCellText(row, 2)).toList();
        assertThat(whats).containsExactly("Internal review window closes");
        assertThat(dates).containsExactly("Wed 30 Jul 2025");
    }

    private InternalReview ask(Refused refused) {
        return reviews.ask(refused.request().getId(), new ReviewDraft(refused.response().getId(), RESPONDED,
                List.of(new ReviewDraft.Challenge(refused.refusal().getId(),
                        EnumSet.of(ReviewGround.EXEMPTION_MISAPPLIED), null)),
                "Dear Council", LocalDate.of(2025, 7, 7)));
    }
}
