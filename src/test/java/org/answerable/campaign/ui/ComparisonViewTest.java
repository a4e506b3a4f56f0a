package org.answerable.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityService;
import org.answerable.base.ui.NotFoundView;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignService;
import org.answerable.campaign.comparison.OutcomeGroup;
import org.answerable.campaign.comparison.ThreeCouncils;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(packages = "org.answerable")
class ComparisonViewTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired CampaignService campaigns;
    @Autowired RequestService requests;
    @Autowired ReplyService replies;
    @Autowired AnswerService answers;
    @Autowired AuthorityService authorities;

    Campaign campaign;

    @BeforeEach
    void threeCouncilsHaveAnsweredAndAViewerLooks() {
        String team = "Comparison " + System.nanoTime();
        users.signIn(users.createInTeam(Role.MEMBER, team));
        campaign = ThreeCouncils.create(campaigns, authorities);
        ThreeCouncils.answer(replies, answers, requests, requests.inCampaign(campaign.getId()));
        users.signIn(users.createInTeam(Role.VIEWER, team));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void viewer_sees_each_councils_answer_and_narrows_q2_to_the_refusals() {
        ComparisonView view = navigate("campaigns/" + campaign.getId() + "/comparison", ComparisonView.class);

        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(view.showing.getText()).isEqualTo("Showing 3 of 3 authorities");
        assertThat(test(view.grid).getCellText(1, 0)).isEqualTo("Coventry");
        String q2 = view.grid.getColumns().get(2).getKey();
        Anchor coventryQ2 = (Anchor) test(view.grid).getCellComponent(1, q2);
        assertThat(coventryQ2.getElement().getTextRecursively()).contains("✗ Refused").contains("FOIA s12")
                .contains("The cost of compliance");
        assertThat(coventryQ2.getHref()).matches("requests/\\d+#question-\\d+");
        Anchor birminghamQ2 = (Anchor) test(view.grid).getCellComponent(0, q2);
        assertThat(birminghamQ2.getElement().getTextRecursively()).contains("No answer yet");
        assertThat($(ListItem.class, $(UnorderedList.class).withId("quotes").single()).all()).extracting(ListItem::getText)
                .contains("1 of 3 refused Q2 on cost (FOIA s12)");

        Select<OutcomeGroup> q2Filter = view.filters.values().stream().skip(1).findFirst().orElseThrow();
        test(q2Filter).selectItem("Refused (1)");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Coventry");
        assertThat(view.showing.getText()).isEqualTo("Showing 1 of 3 authorities");
    }

    @Test
    void the_figures_table_keeps_coventrys_suppressed_year_and_the_chart_is_an_image_beside_it() {
        navigate("campaigns/" + campaign.getId() + "/comparison", ComparisonView.class);

        FiguresSection figures = $(FiguresSection.class).single();
        assertThat(figures.question.getValue().name()).isEqualTo("Q1");
        assertThat(test(figures.table).size()).isEqualTo(2);
        assertThat(test(figures.table).getCellText(0, 0)).isEqualTo("Coventry");
        assertThat(test(figures.table).getCellText(0, 2)).isEqualTo("c (suppressed)");
        assertThat(figures.gaps.getText()).contains("not zero").contains("Coventry 2016: c (suppressed)");
        assertThat(figures.without.getText()).contains("Birmingham – not held");
        assertThat($(Image.class).single().getAlt()).hasValueSatisfying(alt -> assertThat(alt)
                .contains("Coventry, Leicester").contains("the table above holds the same figures"));
    }

    @Test
    void another_teams_campaign_is_not_found() {
        users.signInNew(Role.ADMIN);

        navigate("campaigns/" + campaign.getId() + "/comparison", NotFoundView.class);

        assertThat($(Paragraph.class).first().getText()).contains("could not be found").doesNotContain(campaign.getName());
    }
}
