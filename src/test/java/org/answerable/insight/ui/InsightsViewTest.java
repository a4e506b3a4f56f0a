package org.answerable.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Location;
import org.answerable.insight.InsightFixture;
import org.answerable.reply.Provision;
import org.answerable.support.FixedClock;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The fixture's team: Leicester refused under s12 and partly under s40(2), Coventry under s40(2). */
@IntegrationTest
@Import({FixedClock.class, InsightFixture.class})
@ViewPackages(packages = "org.answerable")
class InsightsViewTest extends SpringBrowserlessTest {

    @Autowired InsightFixture fixture;

    @BeforeEach
    void aTeamsRefusals() {
        fixture.load();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void campaigner_sees_refusals_by_provision_and_narrows_them_to_one_authority() {
        InsightsView view = navigate(InsightsView.class);

        assertThat(view.summary.getText()).isEqualTo("5 answers recorded: 2 refused and 1 partly refused (60%).");
        assertThat(test(view.provisions).size()).isEqualTo(2);
        assertThat(test(view.provisions).getCellText(0, 0)).isEqualTo("FOIA section 40(2) – Third-party personal data");
        assertThat(test(view.provisions).getCellText(0, 3)).isEqualTo("2");
        assertThat(test(view.authorities).getCellText(0, 5)).as("Leicester refused 2 of 3").isEqualTo("67%");
        assertThat(test(view.timeliness).getCellText(0, 0)).isEqualTo("Coventry City Council");
        assertThat(test(view.timeliness).getCellText(0, 4)).as("one late, one overdue").isEqualTo("0%");
        String chart = $(Html.class).all().getFirst().getInnerHtml();
        assertThat(chart).contains("<svg", "FOIA section 40(2)", "href=\"refusals?provision=FOIA-s40%282%29\"");

        view.authority.setValue(fixture.coventry);

        assertThat(view.summary.getText()).isEqualTo("2 answers recorded: 1 refused and 0 partly refused (50%).");
        assertThat(test(view.provisions).size()).isEqualTo(1);
        assertThat(test(view.provisions).getCellText(0, 3)).isEqualTo("1");
        assertThat($(Html.class).all().getFirst().getInnerHtml())
                .contains("href=\"refusals?provision=FOIA-s40%282%29&amp;authority=" + fixture.coventry.getId() + "\"");
    }

    @Test
    void clicking_a_provision_opens_the_refusals_view_listing_the_answers_it_counts() {
        InsightsView view = navigate(InsightsView.class);

        test(view.provisions).clickRow(0);

        Location location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("refusals");
        ComboBox<?> provision = $(ComboBox.class).all().stream().filter(c -> "Provision".equals(c.getLabel())).findFirst().orElseThrow();
        assertThat(((Provision) provision.getValue()).code()).isEqualTo("FOIA-s40(2)");
        assertThat(test($(Grid.class).single()).size()).as("Leicester's partly refused and Coventry's refused answer").isEqualTo(2);
    }

    @Test
    void choosing_a_campaign_counts_only_its_answers_and_the_drill_down_keeps_it() {
        fixture.campaignRefusedUnderSection43();
        InsightsView view = navigate(InsightsView.class);
        assertThat(test(view.provisions).size()).isEqualTo(3);

        test(view.campaign).selectItem("Commercial contracts");

        assertThat(test(view.provisions).size()).isEqualTo(1);
        assertThat(test(view.provisions).getCellText(0, 0)).isEqualTo("FOIA section 43 – Commercial interests and trade secrets");
        test(view.authorities).clickRow(0);
        assertThat(test($(Grid.class).single()).size()).as("Leicester's refusals in the campaign").isEqualTo(1);
        Button allCampaigns = $(Button.class).all().stream().filter(b -> b.getText().equals("Show all campaigns")).findFirst().orElseThrow();
        test(allCampaigns).click();
        assertThat(test($(Grid.class).single()).size()).as("all of Leicester's refusals").isEqualTo(3);
    }
}
