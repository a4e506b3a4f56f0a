package org.answerable.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.answerable.account.AccountService;
import org.answerable.account.AppUser;
import org.answerable.account.Team;
import org.answerable.campaign.CampaignProgress;
import org.answerable.campaign.CampaignService;
import org.answerable.campaign.CampaignSummary;
import org.answerable.campaign.ProgressBucket;
import org.answerable.reply.Outcome;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.reply.answer.AnswerService;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.answerable.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Starts the app with the demo switched on, on a database of its own: the demo needs an empty one,
 * which the shared test database is not.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:answerable-demo-test;DB_CLOSE_DELAY=-1",
        "answerable.demo=true"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DemoDataTest {

    @Autowired DemoDataLoader loader;
    @Autowired AccountService accounts;
    @Autowired CurrentUser currentUser;
    @Autowired RequestService requests;
    @Autowired CampaignService campaigns;
    @Autowired AnswerService answers;

    @Test
    void the_demo_fills_an_empty_database_at_start_and_refuses_a_second_time(CapturedOutput log) {
        AppUser admin = accounts.findByUsername("admin").orElseThrow();
        Team team = accounts.teamsOf("admin").getFirst();
        assertThat(team.getName()).isEqualTo("Demo team (sample data)");
        currentUser.callAs(admin.getId(), team.getId(), () -> {
            List<FoiRequest> all = requests.list(RequestFilter.none(), PageRequest.of(0, 50)).getContent();
            assertThat(all).hasSize(9);
            assertThat(all).allSatisfy(r -> assertThat(requests.get(r.getId()).getTags()).contains("demo"));

            CampaignSummary campaign = campaigns.list().getFirst();
            assertThat(campaign.name()).startsWith("Demo:");
            assertThat(campaign.authorities()).isEqualTo(7);
            CampaignProgress progress = campaigns.progress(campaign.id());
            assertThat(progress.count(ProgressBucket.NOT_SENT)).as("Wolverhampton").isEqualTo(1);
            assertThat(progress.count(ProgressBucket.AWAITING)).as("Glasgow, within its time").isEqualTo(1);
            assertThat(progress.count(ProgressBucket.OVERDUE)).as("Derby").isEqualTo(1);
            assertThat(progress.count(ProgressBucket.ANSWERED)).as("Coventry").isEqualTo(1);
            assertThat(progress.count(ProgressBucket.IN_REVIEW)).as("Birmingham's cost refusal").isEqualTo(1);
            assertThat(progress.count(ProgressBucket.PARTLY_REFUSED)).as("Nottingham, and Leicester's not-held years")
                    .isGreaterThanOrEqualTo(1);

            // One vocabulary: the requests list and request page read the same standing as the campaign page.
            java.util.Map<Long, org.answerable.request.RequestStanding> standings = requests.standings(all);
            assertThat(campaigns.rows(campaign.id())).allSatisfy(row -> assertThat(standings.get(row.requestId()))
                    .as(row.authorityName()).isEqualTo(row.standing()));
            assertThat(campaigns.rows(campaign.id())).filteredOn(row -> row.authorityName().contains("Derby"))
                    .extracting(row -> row.standing().label()).containsExactly("Overdue");
            assertThat(campaigns.rows(campaign.id())).filteredOn(row -> row.authorityName().contains("Birmingham"))
                    .extracting(row -> row.standing().label()).containsExactly("In review");
            assertThat(requests.list(new RequestFilter(null, null, null, null, null,
                    org.answerable.request.RequestStanding.OVERDUE), PageRequest.of(0, 50)).getContent())
                    .as("the list's Overdue filter").extracting(r -> r.getAuthority().displayName())
                    .anyMatch(name -> name.contains("Derby"));
            assertThat(requests.list(new RequestFilter(null, null, null, null, null,
                    org.answerable.request.RequestStanding.IN_REVIEW), PageRequest.of(0, 50)).getContent())
                    .as("the list's In review filter").extracting(r -> r.getAuthority().displayName())
                    .singleElement().asString().contains("Birmingham");
            assertThat(requests.list(new RequestFilter(null, null, null, null, null,
                    org.answerable.request.RequestStanding.REFUSED), PageRequest.of(0, 50)).getContent())
                    .as("Birmingham reads In review, not Refused").extracting(r -> r.getAuthority().displayName())
                    .noneMatch(name -> name.contains("Birmingham"));

            FoiRequest leicester = requests.inCampaign(campaign.id()).stream()
                    .filter(r -> r.getAuthority().getCode().equals("LCE")).findFirst().orElseThrow();
            List<QuestionWithAnswer> recorded = answers.answersTo(leicester.getId());
            assertThat(recorded).as("Leicester's real reply, question by question").allSatisfy(q -> assertThat(q.answer()).isPresent());
            assertThat(recorded.getFirst().table()).as("its 2015-2024 figures as a table").isPresent();
            assertThat(recorded).extracting(q -> q.answer().orElseThrow().getOutcome()).contains(Outcome.PARTLY_ANSWERED);
            return null;
        });

        assertThat(loader.load()).as("never twice, never into a database holding data").isFalse();
        String refusal = log.getOut().lines().filter(line -> line.contains("Demo data not loaded")).findFirst()
                .orElseThrow(() -> new AssertionError("no refusal in the log:\n" + log.getOut()));
        assertThat(refusal).as("one readable line, whatever shows the log")
                .contains("Demo data not loaded: the database already holds")
                .endsWith("The demo only goes into an empty database: start it on a data directory of its own, "
                        + "e.g. ANSWERABLE_DATA_DIR=./demo-data java -jar answerable.jar --demo");
        currentUser.callAs(admin.getId(), team.getId(), () -> {
            assertThat(requests.count(RequestFilter.none())).isEqualTo(9);
            return null;
        });
    }
}
