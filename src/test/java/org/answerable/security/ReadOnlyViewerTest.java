package org.answerable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityForm;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Regime;
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
import org.answerable.timeline.TimelineEventType;
import org.answerable.timeline.TimelineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A viewer reads everything of their team and sees no way to change it; the services refuse them too. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class ReadOnlyViewerTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired TimelineService timelines;
    @Autowired ReplyService replies;

    String member;
    String viewer;
    FoiRequest request;
    Reply reply;

    @BeforeEach
    void aTeamWithAMemberAndAViewer() {
        String team = "Read only " + System.nanoTime();
        member = users.createInTeam(Role.MEMBER, team);
        viewer = users.createInTeam(Role.VIEWER, team);
        users.signIn(member);
        request = requests.create(draft("Exploitation monitoring"));
        reply = replies.record(request.getId(),
                new ReplyDraft(ReplyType.OTHER, LocalDate.of(2025, 6, 4), "REF-9", "Dear requester", null));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_viewer_opening_an_edit_address_is_told_why_inside_the_app_with_its_menu() {
        users.signIn(viewer);
        for (String address : List.of("requests/new", "requests/" + request.getId() + "/edit", "admin/users")) {
            navigate(address, org.answerable.base.ui.AccessDeniedView.class);
            org.answerable.base.ui.AccessDeniedView page = $(org.answerable.base.ui.AccessDeniedView.class).single();
            assertThat(page.getElement().getTextRecursively()).as(address).contains("You can't do that here",
                    "not add or change them").doesNotContain("Could not navigate");
            assertThat($(com.vaadin.flow.component.sidenav.SideNav.class).all()).as("the menu is there").isNotEmpty();
        }
    }

    @Test
    void a_member_opening_an_admin_address_is_told_it_is_for_administrators() {
        users.signIn(member);
        navigate("admin/users", org.answerable.base.ui.AccessDeniedView.class);
        assertThat($(org.answerable.base.ui.AccessDeniedView.class).single().getElement().getTextRecursively())
                .contains("You can't do that here", "for administrators");
    }

    @Test
    void a_member_sees_the_edit_controls_that_a_viewer_does_not() {
        users.signIn(member);
        navigate("requests", Main.class);
        assertThat(button("new-request")).isNotNull().matches(Component::isVisible);
        navigate("requests/" + request.getId(), Main.class);
        assertThat(button("edit-request")).isNotNull();
        assertThat(button("add-event")).isNotNull();
        assertThat(button("record-reply")).isNotNull();
        assertThat($(Upload.class).all()).isNotEmpty();

        users.signIn(viewer);
        navigate("requests", Main.class);
        assertThat(button("new-request")).satisfiesAnyOf(b -> assertThat(b).isNull(), b -> assertThat(b.isVisible()).isFalse());
        navigate("requests/" + request.getId(), Main.class);
        assertThat(button("edit-request")).isNull();
        assertThat(button("add-event")).isNull();
        assertThat(button("record-reply")).isNull();
        assertThat($(Upload.class).all()).isEmpty();
    }

    @Test
    void a_viewer_sees_no_way_to_add_or_edit_an_authority() {
        users.signIn(viewer);
        navigate("authorities", Main.class);

        assertThat($(Button.class).all()).filteredOn(b -> "Add authority".equals(b.getText()))
                .allSatisfy(b -> assertThat(b.isVisible()).isFalse());
    }

    @Test
    void the_services_refuse_every_change_a_viewer_attempts() {
        users.signIn(viewer);

        assertThat(requests.get(request.getId()).getTitle()).as("reading works").isEqualTo("Exploitation monitoring");
        assertThatThrownBy(() -> requests.create(draft("Viewer's own request"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.update(request.getId(), changedTitle())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.close(request.getId(), request.getVersion())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timelines.record(request.getId(),
                new EventDraft(TimelineEventType.ACKNOWLEDGED, LocalDate.of(2025, 6, 3), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> replies.record(request.getId(),
                new ReplyDraft(ReplyType.OTHER, LocalDate.of(2025, 6, 5), null, "text", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> replies.attach(reply.getId(), "x.txt", "text".getBytes()))
                .isInstanceOf(AccessDeniedException.class);
        AuthorityForm body = new AuthorityForm();
        body.setOfficialName("Viewer's Police " + System.nanoTime());
        body.setDefaultRegime(Regime.FOIA);
        assertThatThrownBy(() -> authorities.create(body)).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.get(request.getId()).getTitle()).isEqualTo("Exploitation monitoring");
    }

    private Button button(String id) {
        return $(Button.class).all().stream().filter(b -> b.getId().filter(id::equals).isPresent()).findFirst().orElse(null);
    }

    private RequestDraft changedTitle() {
        RequestDraft draft = RequestDraft.of(requests.get(request.getId()));
        draft.setTitle("Changed by a viewer");
        return draft;
    }

    private RequestDraft draft(String title) {
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(authorities.findByCode("LCE").orElseThrow());
        draft.setRegime(draft.getAuthority().getDefaultRegime());
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        return draft;
    }
}
