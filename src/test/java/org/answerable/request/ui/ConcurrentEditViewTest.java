package org.answerable.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityService;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two campaigners edit the same request: the second save is refused and explained; nothing is overwritten. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class ConcurrentEditViewTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_second_save_shows_who_won_and_keeps_the_first_edit() {
        String team = "Shared desk " + System.nanoTime();
        String alice = users.createInTeam(Role.MEMBER, team);
        String bob = users.createInTeam(Role.MEMBER, team);
        users.signIn(alice);
        FoiRequest request = requests.create(draft("Missing children 2024"));

        users.signIn(bob);
        EditRequestView bobsEdit = navigate(EditRequestView.class, Map.of(RequestDetailView.ID, request.getId().toString()));
        test(bobsEdit.form.title).setValue("Bob's title");

        users.signIn(alice);
        RequestDraft alicesChange = RequestDraft.of(requests.get(request.getId()));
        alicesChange.setTitle("Alice's title");
        requests.update(request.getId(), alicesChange);

        users.signIn(bob);
        test(bobsEdit.save).click();

        ConfirmDialogTester conflict = test($(ConfirmDialog.class).single());
        assertThat(conflict.getHeader()).isEqualTo("Changed by someone else");
        assertThat(conflict.getText()).contains("Someone else saved changes to this request", "Reload");
        assertThat(getCurrentView()).as("Bob's edit stays on screen").isSameAs(bobsEdit);
        assertThat(bobsEdit.form.title.getValue()).isEqualTo("Bob's title");
        assertThat(requests.get(request.getId()).getTitle()).isEqualTo("Alice's title");
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
