package org.answerable.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityService;
import org.answerable.base.ui.NotFoundView;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignDraft;
import org.answerable.campaign.CampaignRow;
import org.answerable.campaign.CampaignService;
import org.answerable.campaign.CampaignSummary;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(packages = "org.answerable")
class CampaignViewsTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired CampaignService campaigns;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;

    @BeforeEach
    void signIn() {
        users.signInNew(Role.MEMBER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void campaigner_pastes_council_names_and_sees_which_did_not_match() {
        NewCampaignView view = navigate(NewCampaignView.class);
        test(view.name).setValue("Exploitation 2015-2024");
        test(view.requestText).setValue("""
                Please tell me:
                1. How many children were referred to the exploitation panel each year?
                2. How many of those referrals led to a prosecution?
                """);
        test($(Button.class).withId("find-questions").single()).click();
        test(view.authorities.pasted).setValue("Leicester\nCoventry City Council\nGotham\n");
        test($(Button.class).withId("add-pasted").single()).click();

        assertThat(view.authorities.pasteResult.getText()).contains("Added 2").contains("\"Gotham\" is not in the directory");
        assertThat(view.authorities.pasted.getValue()).as("only the unmatched name is left to fix").isEqualTo("Gotham");
        assertThat(view.authorities.summary.getText()).contains("2 chosen").contains("Leicester").contains("Coventry");

        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(CampaignView.class);
        CampaignView page = (CampaignView) getCurrentView();
        assertThat(test(page.grid).size()).isEqualTo(2);
        assertThat($(Button.class).withId("count-not_sent").single().getText()).isEqualTo("Not sent: 2");
        assertThat(campaigns.list()).extracting(CampaignSummary::authorities).containsExactly(2);
    }

    @Test
    void a_campaign_without_authorities_says_so_and_saves_nothing() {
        NewCampaignView view = navigate(NewCampaignView.class);
        test(view.name).setValue("Nobody");
        view.questions.setQuestions(List.of(new QuestionDraft("1", "Anything?")));
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(NewCampaignView.class);
        assertThat(campaigns.list()).isEmpty();
        assertThat(requests.count(RequestFilter.none())).isZero();
    }

    @Test
    void marking_the_selected_requests_sent_moves_them_out_of_not_sent() {
        Campaign campaign = campaign("Bulk", "LCE", "COV", "BIR");
        CampaignView page = navigate(CampaignView.class, Map.of(CampaignView.ID, campaign.getId().toString()));
        List<CampaignRow> rows = campaigns.rows(campaign.getId());
        page.grid.select(rows.get(0));
        page.grid.select(rows.get(1));
        test(page.sentOn).setValue(LocalDate.of(2025, 6, 2));
        test($(Button.class).withId("mark-sent").single()).click();

        assertThat($(Button.class).withId("count-not_sent").single().getText()).isEqualTo("Not sent: 1");
        assertThat($(Button.class).withId("count-overdue").single().getText()).isEqualTo("Overdue: 2");

        test($(Button.class).withId("count-overdue").single()).click();
        assertThat(test(page.grid).size()).isEqualTo(2);
        assertThat(test(page.grid).getCellText(0, 2)).isEqualTo("2 Jun 2025");
    }

    @Test
    void removing_an_authority_asks_first_and_keeps_its_request() {
        Campaign campaign = campaign("Remove", "LCE", "COV");
        CampaignView page = navigate(CampaignView.class, Map.of(CampaignView.ID, campaign.getId().toString()));
        HorizontalLayout actions = (HorizontalLayout) test(page.grid).getCellComponent(0, "actions");
        Button remove = (Button) actions.getComponentAt(1);
        assertThat(remove.getText()).isEqualTo("Remove");
        test(remove).click();

        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(campaigns.rows(campaign.getId())).hasSize(2);
        test(dialog).confirm();

        assertThat(test(page.grid).size()).isEqualTo(1);
        assertThat(requests.count(RequestFilter.none())).as("the request itself is kept").isEqualTo(2);
    }

    @Test
    void renaming_a_campaign_refuses_a_name_the_team_already_uses() {
        campaign("Taken", "LCE");
        Campaign campaign = campaign("Typo in nmae", "COV");
        navigate(CampaignView.class, Map.of(CampaignView.ID, campaign.getId().toString()));
        test($(Button.class).withId("edit-campaign-details").single()).click();
        CampaignDetailsDialog dialog = $(CampaignDetailsDialog.class).single();

        test(dialog.name).setValue("taken");
        test($(Button.class).withId("save-campaign-details").single()).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains("already has a campaign called");

        test(dialog.name).setValue("Typo in name");
        test($(Button.class).withId("save-campaign-details").single()).click();
        assertThat(campaigns.get(campaign.getId()).getName()).isEqualTo("Typo in name");
        assertThat($(com.vaadin.flow.component.html.H2.class).first().getText()).isEqualTo("Typo in name");
    }

    @Test
    void another_teams_campaign_id_in_the_url_shows_not_found_and_viewers_cannot_create() {
        Campaign secret = campaign("Secret", "LCE");
        users.signInNew(Role.MEMBER);
        navigate("campaigns/" + secret.getId(), NotFoundView.class);
        navigate("campaigns/nonsense", NotFoundView.class);

        users.signInNew(Role.VIEWER);
        CampaignsView list = navigate(CampaignsView.class);
        assertThat(list.create.isVisible()).isFalse();
        assertThat(test(list.grid).size()).isZero();
    }

    private Campaign campaign(String name, String... codes) {
        CampaignDraft draft = new CampaignDraft();
        draft.setName(name);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        draft.setAuthorities(java.util.Arrays.stream(codes).map(c -> authorities.findByCode(c).orElseThrow()).toList());
        return campaigns.create(draft);
    }
}
