package org.answerable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.answerable.account.Role;
import org.answerable.audit.AuditService;
import org.answerable.authority.AuthorityService;
import org.answerable.base.NotFoundException;
import org.answerable.base.ui.NotFoundView;
import org.answerable.campaign.Campaign;
import org.answerable.campaign.CampaignDraft;
import org.answerable.campaign.CampaignService;
import org.answerable.campaign.comparison.ComparisonService;
import org.answerable.reply.letter.Attachment;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
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

/**
 * Another team's ids typed into a page's address, or passed to a service, find nothing: the same
 * "not found" as an id that never existed, so nobody can even learn that the record exists.
 */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class CrossTeamAccessTest extends SpringBrowserlessTest {

    /** How to reach each page that shows one record, given the other team's records. */
    private static final Map<String, Function<OtherTeam, Long>> ENTITY_PAGES = Map.of(
            "requests/:id", other -> other.request().getId(),
            "requests/:id/edit", other -> other.request().getId(),
            "campaigns/:id", other -> other.campaign().getId(),
            "campaigns/:id/comparison", other -> other.campaign().getId());

    record OtherTeam(FoiRequest request, RequestEvent event, Reply reply, Attachment attachment, Campaign campaign) {
    }

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired TimelineService timelines;
    @Autowired ReplyService replies;
    @Autowired AuditService audit;
    @Autowired CampaignService campaigns;
    @Autowired ComparisonService comparisons;

    OtherTeam other;

    @BeforeEach
    void anotherTeamHasARequestWithALetterAndAnAttachment() {
        users.signInNew(Role.MEMBER);
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Other team's confidential request");
        draft.setAuthority(authorities.findByCode("LCE").orElseThrow());
        draft.setRegime(draft.getAuthority().getDefaultRegime());
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        draft.setQuestions(List.of(new QuestionDraft("1", "How many children?")));
        FoiRequest request = requests.create(draft);
        RequestEvent event = timelines.record(request.getId(),
                new EventDraft(TimelineEventType.ACKNOWLEDGED, LocalDate.of(2025, 6, 3), null, "Acknowledged"));
        Reply reply = replies.record(request.getId(),
                new ReplyDraft(ReplyType.OTHER, LocalDate.of(2025, 6, 4), "REF-1", "Dear requester", null));
        Reply withFile = replies.attach(reply.getId(), "note.txt", "A secret note".getBytes());
        CampaignDraft campaign = new CampaignDraft();
        campaign.setName("Other team's confidential campaign");
        campaign.setQuestions(List.of(new QuestionDraft("1", "How many children?")));
        campaign.setAuthorities(List.of(authorities.findByCode("COV").orElseThrow()));
        other = new OtherTeam(request, event, reply, withFile.getAttachments().getFirst(), campaigns.create(campaign));
        users.signInNew(Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_page_of_one_record_says_not_found_for_another_teams_id() {
        List<String> entityPages = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).filter(t -> t.contains(":")).toList();
        assertThat(ENTITY_PAGES.keySet()).as("each page showing one record is tried below")
                .containsExactlyInAnyOrderElementsOf(entityPages);

        ENTITY_PAGES.forEach((template, idOf) -> {
            navigate(template.replace(":id", idOf.apply(other).toString()), NotFoundView.class);
            assertThat($(Paragraph.class).first().getText()).as(template)
                    .contains("could not be found").doesNotContain(other.request().getTitle())
                    .doesNotContain(other.campaign().getName());
        });
    }

    @Test
    void services_find_nothing_of_another_teams_records() {
        Long requestId = other.request().getId();

        assertThatThrownBy(() -> requests.get(requestId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.timelineOf(requestId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.remove(requestId, other.event().getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> replies.repliesTo(requestId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> replies.get(other.reply().getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> replies.download(other.attachment().getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> replies.attach(other.reply().getId(), "x.txt", "x".getBytes()))
                .isInstanceOf(NotFoundException.class);
        assertThat(audit.historyOf(requestId)).isEmpty();
        Long campaignId = other.campaign().getId();
        assertThatThrownBy(() -> campaigns.get(campaignId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> campaigns.rows(campaignId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> campaigns.addAuthorities(campaignId, List.of(), null)).isInstanceOf(NotFoundException.class);
        assertThat(campaigns.list()).isEmpty();
        assertThatThrownBy(() -> comparisons.grid(other.campaign().getId())).isInstanceOf(NotFoundException.class);
    }
}
