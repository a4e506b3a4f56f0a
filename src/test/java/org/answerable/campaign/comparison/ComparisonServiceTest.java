package org.answerable.campaign.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityService;
import org.answerable.base.NotFoundException;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignService;
import org.answerable.reply.Outcome;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ComparisonServiceTest {

    @Autowired ComparisonService comparisons;
    @Autowired CampaignService campaigns;
    @Autowired RequestService requests;
    @Autowired ReplyService replies;
    @Autowired AnswerService answers;
    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;

    Campaign campaign;

    /** Leicester answers both, Coventry suppresses 2016 and refuses Q2 on cost, Birmingham holds nothing yet. */
    @BeforeEach
    void aThreeCouncilCampaignWithAnswers() {
        users.signInNew(Role.MEMBER);
        campaign = ThreeCouncils.create(campaigns, authorities);
        List<FoiRequest> sent = requests.inCampaign(campaign.getId());
        ThreeCouncils.answer(replies, answers, requests, sent);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_grid_shows_each_councils_outcome_provisions_and_value_per_question() {
        ComparisonGrid grid = comparisons.grid(campaign.getId());

        assertThat(grid.rows()).extracting(ComparisonRow::authorityName).containsExactly("Birmingham", "Coventry", "Leicester");
        assertThat(grid.questions()).extracting(ComparedQuestion::name).containsExactly("Q1", "Q2");
        ComparedQuestion q1 = grid.questions().get(0);
        ComparedQuestion q2 = grid.questions().get(1);
        ComparisonCell coventryQ2 = grid.rows().get(1).cell(q2);
        assertThat(coventryQ2.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(coventryQ2.provisionsText()).isEqualTo("FOIA s12");
        assertThat(coventryQ2.link()).startsWith("requests/" + coventryQ2.requestId() + "#question-");
        assertThat(grid.rows().get(2).cell(q1).value()).as("Leicester's table, totalled").isEqualTo("Total 35");
        assertThat(grid.rows().get(1).cell(q1).value()).as("a suppressed figure is counted, not added")
                .isEqualTo("Total 21 + 1 suppressed");
        assertThat(grid.rows().get(2).cell(q2).value()).isEqualTo("Three cases were prosecuted in the…");
        assertThat(grid.rows().get(0).cell(q2).outcomeText()).isEqualTo("No answer yet");
        assertThat(grid.rows().get(0).cell(q2).answerId()).isNull();

        assertThat(grid.headers()).containsExactly("Authority", "Q1 outcome", "Q1 provisions", "Q1 value",
                "Q2 outcome", "Q2 provisions", "Q2 value");
        assertThat(grid.textRows().get(1)).containsExactly("Coventry", "Answered", "", "Total 21 + 1 suppressed",
                "Refused", "FOIA s12", "The cost of compliance would exceed the…");
    }

    @Test
    void the_summary_says_how_many_councils_refused_and_on_which_provision() {
        ComparisonGrid grid = comparisons.grid(campaign.getId());

        QuestionSummary q2 = grid.summaries().get(1);
        assertThat(q2.count(OutcomeGroup.ANSWERED)).isEqualTo(1);
        assertThat(q2.count(OutcomeGroup.REFUSED)).isEqualTo(1);
        assertThat(q2.count(OutcomeGroup.NO_ANSWER)).isEqualTo(1);
        assertThat(q2.refusedByProvision()).containsExactly(Map.entry("FOIA-s12", 1));
        assertThat(q2.sentences()).containsExactly("1 of 3 answered Q2 in full", "1 of 3 refused Q2",
                "1 of 3 refused Q2 on cost (FOIA s12)", "1 of 3 have not answered Q2 yet");
        assertThat(grid.summaries().get(0).sentences()).contains("2 of 3 answered Q1 in full",
                "1 of 3 said they do not hold the information for Q1");
    }

    @Test
    void filtering_by_outcome_keeps_only_the_councils_that_answered_that_way() {
        ComparisonGrid grid = comparisons.grid(campaign.getId());
        ComparedQuestion q2 = grid.questions().get(1);

        assertThat(grid.rowsWhere(Map.of(q2.id(), OutcomeGroup.REFUSED))).extracting(ComparisonRow::authorityName)
                .containsExactly("Coventry");
        assertThat(grid.rowsWhere(Map.of())).hasSize(3);
    }

    @Test
    void combined_figures_keep_the_suppressed_marker_and_the_chart_leaves_a_gap_not_a_zero() {
        ComparisonGrid grid = comparisons.grid(campaign.getId());
        assertThat(grid.questionsWithTables()).extracting(ComparedQuestion::name).containsExactly("Q1");

        DataComparison figures = comparisons.figures(campaign.getId(), grid.questions().getFirst().id(), null);

        assertThat(figures.measure()).isEqualTo("Cases");
        assertThat(figures.headers()).containsExactly("Authority", "2015", "2016", "2017");
        assertThat(figures.textRows()).containsExactly(
                List.of("Coventry", "12", "c (suppressed)", "9"),
                List.of("Leicester", "10", "14", "11"));
        assertThat(figures.withoutFigures()).containsExactly("Birmingham – not held, no table");

        var dataset = ComparisonChart.dataset(figures);
        assertThat(dataset.getRowKeys()).containsExactly("Coventry", "Leicester");
        assertThat(dataset.getValue("Coventry", "2016")).as("a gap, not 0").isNull();
        assertThat(dataset.getValue("Leicester", "2016")).isEqualTo(new BigDecimal("14"));
        String svg = ComparisonChart.svg(figures);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains(">Coventry<").contains(">Leicester<")
                .contains("Gaps are suppressed or not-recorded figures, not zero: Coventry 2016: c (suppressed)");
    }

    @Test
    void another_teams_campaign_cannot_be_compared() {
        users.signInNew(Role.ADMIN);

        assertThatThrownBy(() -> comparisons.grid(campaign.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comparisons.figures(campaign.getId(), 1L, null)).isInstanceOf(NotFoundException.class);
        assertThat(answers.answersToRequests(requests.inCampaign(campaign.getId()).stream().map(FoiRequest::getId).toList()))
                .isEmpty();
    }
}
