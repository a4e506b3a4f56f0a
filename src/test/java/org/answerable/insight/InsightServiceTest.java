package org.answerable.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.answerable.reply.Outcome;
import org.answerable.reply.answer.AnswerService;
import org.answerable.request.FoiRequest;
import org.answerable.support.FixedClock;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.answerable.timeline.EventDraft;
import org.answerable.timeline.RequestEvent;
import org.answerable.timeline.TimelineEventType;
import org.answerable.timeline.TimelineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
@Import({FixedClock.class, InsightFixture.class})
class InsightServiceTest {

    @Autowired InsightService insights;
    @Autowired AnswerService answers;
    @Autowired InsightFixture fixture;
    @Autowired TimelineService timeline;

    @BeforeEach
    void aTeamsRefusals() {
        fixture.load();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void refusals_are_counted_by_the_provision_cited_with_the_catalogue_label() {
        assertThat(insights.refusalsByProvision(InsightFilter.none()))
                .extracting(ProvisionCount::code, ProvisionCount::label, ProvisionCount::refused, ProvisionCount::partlyRefused)
                .containsExactly(
                        tuple("FOIA-s40(2)", "FOIA section 40(2) – Third-party personal data", 1L, 1L),
                        tuple("FOIA-s12", "FOIA section 12 – Cost of compliance exceeds the appropriate limit", 1L, 0L));
    }

    @Test
    void each_authority_has_its_refusal_rate_among_all_its_answers() {
        assertThat(insights.refusalsByAuthority(InsightFilter.none()))
                .extracting(AuthorityRefusals::authorityName, AuthorityRefusals::refused, AuthorityRefusals::partlyRefused,
                        AuthorityRefusals::answered, AuthorityRefusals::total)
                .containsExactly(tuple("Leicester City Council", 1L, 1L, 1L, 3L), tuple("Coventry City Council", 1L, 0L, 1L, 2L));
        assertThat(insights.refusalsByAuthority(InsightFilter.none())).extracting(AuthorityRefusals::refusalRate)
                .containsExactly(2.0 / 3, 0.5);
    }

    @Test
    void refusals_over_time_follow_the_month_each_request_was_sent() {
        assertThat(insights.refusalsOverTime(InsightFilter.none()))
                .extracting(MonthlyRefusals::month, MonthlyRefusals::refused, MonthlyRefusals::partlyRefused, MonthlyRefusals::total)
                .containsExactly(tuple(YearMonth.of(2025, 4), 1L, 0L, 2L), tuple(YearMonth.of(2025, 5), 1L, 1L, 3L));
    }

    @Test
    void a_reply_after_the_due_date_is_late_and_a_missing_one_past_it_is_overdue() {
        assertThat(fixture.coventryLate.getResponseDue()).isBefore(LocalDate.of(2025, 6, 10));
        assertThat(insights.timeliness(InsightFilter.none()))
                .extracting(AuthorityTimeliness::authorityName, AuthorityTimeliness::onTime, AuthorityTimeliness::late,
                        AuthorityTimeliness::overdue, AuthorityTimeliness::onTimeRate)
                .containsExactly(tuple("Coventry City Council", 0L, 1L, 1L, 0.0), tuple("Leicester City Council", 1L, 0L, 0L, 1.0));
    }

    @Test
    void a_reply_recorded_or_removed_on_the_timeline_moves_the_request_between_overdue_and_on_time() {
        RequestEvent reply = timeline.record(fixture.coventryOverdue.getId(),
                new EventDraft(TimelineEventType.REPLY_RECEIVED, LocalDate.of(2025, 6, 20), null, "Emailed reply"));
        assertThat(coventry(insights.timeliness(InsightFilter.none())))
                .extracting(AuthorityTimeliness::onTime, AuthorityTimeliness::late, AuthorityTimeliness::overdue)
                .containsExactly(1L, 1L, 0L);

        timeline.remove(fixture.coventryOverdue.getId(), reply.getId());
        assertThat(coventry(insights.timeliness(InsightFilter.none())))
                .extracting(AuthorityTimeliness::onTime, AuthorityTimeliness::late, AuthorityTimeliness::overdue)
                .containsExactly(0L, 1L, 1L);
    }

    private static AuthorityTimeliness coventry(List<AuthorityTimeliness> timeliness) {
        return timeliness.stream().filter(t -> t.authorityName().equals("Coventry City Council")).findFirst().orElseThrow();
    }

    @Test
    void the_filters_narrow_every_figure_by_authority_date_and_campaign() {
        InsightFilter coventry = new InsightFilter(null, fixture.coventry.getId(), null, null);
        assertThat(insights.refusalsByProvision(coventry)).extracting(ProvisionCount::code, ProvisionCount::answers)
                .containsExactly(tuple("FOIA-s40(2)", 1L));
        assertThat(insights.timeliness(coventry)).extracting(AuthorityTimeliness::authorityName)
                .containsExactly("Coventry City Council");

        InsightFilter fromMay = new InsightFilter(null, null, LocalDate.of(2025, 5, 1), null);
        assertThat(insights.refusalsByAuthority(fromMay)).extracting(AuthorityRefusals::authorityName)
                .containsExactly("Leicester City Council");
        assertThat(insights.timeliness(fromMay)).extracting(AuthorityTimeliness::authorityName, AuthorityTimeliness::overdue)
                .containsExactlyInAnyOrder(tuple("Leicester City Council", 0L), tuple("Coventry City Council", 1L));

        Long campaign = fixture.campaignRefusedUnderSection43();
        InsightFilter onlyTheCampaign = new InsightFilter(campaign, null, null, null);
        assertThat(insights.refusalsByProvision(onlyTheCampaign)).extracting(ProvisionCount::code).containsExactly("FOIA-s43");
        assertThat(insights.refusalsByProvision(InsightFilter.none())).extracting(ProvisionCount::code)
                .containsExactly("FOIA-s40(2)", "FOIA-s12", "FOIA-s43");
    }

    @Test
    void every_figure_matches_the_answers_the_refusals_view_lists_for_it() {
        for (ProvisionCount provision : insights.refusalsByProvision(InsightFilter.none())) {
            assertThat(answers.refusals(InsightFilter.none().refusalsCiting(provision.code()), PageRequest.of(0, 50))
                    .getContent()).as(provision.code()).hasSize((int) provision.answers());
        }
        for (AuthorityRefusals authority : insights.refusalsByAuthority(InsightFilter.none())) {
            assertThat(answers.refusals(InsightFilter.none().refusalsBy(authority.authorityId()), PageRequest.of(0, 50))
                    .getContent()).as(authority.authorityName()).hasSize((int) authority.refusals());
        }
        for (MonthlyRefusals month : insights.refusalsOverTime(InsightFilter.none())) {
            assertThat(answers.refusals(InsightFilter.none().refusalsSentIn(month.month()), PageRequest.of(0, 50))
                    .getContent()).as(month.month().toString()).hasSize((int) month.refusals());
        }
    }

    @Test
    void another_teams_refusals_and_replies_are_never_counted() {
        Insights all = insights.insights(new InsightFilter(null, fixture.leicester.getId(), null, null));
        assertThat(all.byProvision()).extracting(ProvisionCount::code, ProvisionCount::answers)
                .containsExactly(tuple("FOIA-s12", 1L), tuple("FOIA-s40(2)", 1L));
        assertThat(all.byAuthority()).extracting(AuthorityRefusals::total).containsExactly(3L);
        assertThat(all.timeliness()).extracting(AuthorityTimeliness::onTime, AuthorityTimeliness::late).containsExactly(tuple(1L, 0L));

        fixture.signInANewTeam();
        Insights none = insights.insights(InsightFilter.none());
        assertThat(none.byProvision()).isEmpty();
        assertThat(none.byAuthority()).isEmpty();
        assertThat(none.overTime()).isEmpty();
        assertThat(none.timeliness()).isEmpty();
    }

    @Test
    void an_answer_changed_from_refused_to_answered_leaves_the_refusal_figures_at_once() {
        fixture.answer(fixture.leicesterOnTime, 0, Outcome.ANSWERED);

        assertThat(insights.refusalsByProvision(InsightFilter.none()))
                .extracting(ProvisionCount::code, ProvisionCount::refused, ProvisionCount::partlyRefused)
                .containsExactly(tuple("FOIA-s40(2)", 1L, 1L));
        assertThat(insights.refusalsByAuthority(InsightFilter.none()))
                .extracting(AuthorityRefusals::authorityName, AuthorityRefusals::refused, AuthorityRefusals::partlyRefused,
                        AuthorityRefusals::answered, AuthorityRefusals::total)
                .containsExactly(tuple("Coventry City Council", 1L, 0L, 1L, 2L), tuple("Leicester City Council", 0L, 1L, 2L, 3L));
        assertThat(insights.refusalsOverTime(InsightFilter.none()))
                .extracting(MonthlyRefusals::month, MonthlyRefusals::refused, MonthlyRefusals::partlyRefused, MonthlyRefusals::total)
                .containsExactly(tuple(YearMonth.of(2025, 4), 1L, 0L, 2L), tuple(YearMonth.of(2025, 5), 0L, 1L, 3L));

        fixture.answer(fixture.leicesterOnTime, 0, Outcome.NOT_HELD, "FOIA-s12");
        assertThat(insights.refusalsByProvision(new InsightFilter(null, fixture.leicester.getId(), null, null)))
                .extracting(ProvisionCount::code, ProvisionCount::refused, ProvisionCount::partlyRefused)
                .containsExactly(tuple("FOIA-s12", 1L, 0L), tuple("FOIA-s40(2)", 0L, 1L));
    }

    @Test
    void another_teams_tallies_for_the_same_authority_month_and_provision_never_count() {
        fixture.signInANewTeam();
        FoiRequest theirs = fixture.sendToLeicesterInMay(2);
        fixture.answer(theirs, 0, Outcome.REFUSED, "FOIA-s12", "FOIA-s40(2)");
        fixture.answer(theirs, 1, Outcome.PARTLY_ANSWERED, "FOIA-s12");

        assertThat(insights.refusalsByProvision(InsightFilter.none()))
                .extracting(ProvisionCount::code, ProvisionCount::refused, ProvisionCount::partlyRefused)
                .containsExactly(tuple("FOIA-s12", 1L, 1L), tuple("FOIA-s40(2)", 1L, 0L));
        assertThat(insights.refusalsByAuthority(InsightFilter.none()))
                .extracting(AuthorityRefusals::authorityName, AuthorityRefusals::refused, AuthorityRefusals::partlyRefused,
                        AuthorityRefusals::total)
                .containsExactly(tuple("Leicester City Council", 1L, 1L, 2L));
        assertThat(insights.refusalsOverTime(new InsightFilter(null, fixture.leicester.getId(),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31))))
                .extracting(MonthlyRefusals::month, MonthlyRefusals::refused, MonthlyRefusals::partlyRefused, MonthlyRefusals::total)
                .containsExactly(tuple(YearMonth.of(2025, 5), 1L, 1L, 2L));
    }
}
