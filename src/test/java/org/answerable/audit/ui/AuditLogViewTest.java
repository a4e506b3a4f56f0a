package org.answerable.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.util.List;
import java.util.stream.IntStream;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.answerable.audit.HistoryLine;
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

@IntegrationTest
@ViewPackages(packages = "org.answerable")
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_administrator_narrows_the_log_to_one_team_and_one_person() {
        SignedInUser alice = users.signInNew(Role.MEMBER);
        FoiRequest request = requests.create(draft());
        users.signInNew(Role.MEMBER);
        requests.create(draft());

        users.signInNew(Role.ADMIN);
        AuditLogView log = navigate(AuditLogView.class);
        test(log.team).selectItem(alice.teamName());
        test(log.username).setValue(alice.username());

        List<HistoryLine> shown = IntStream.range(0, test(log.grid).size()).mapToObj(i -> test(log.grid).getRow(i)).toList();
        assertThat(shown).isNotEmpty().allSatisfy(line -> {
            assertThat(line.teamId()).isEqualTo(request.getTeamId());
            assertThat(line.who()).isEqualTo(alice.displayName());
        });
        assertThat(test(log.grid).getCellComponent(shown.size() - 1, "what").getElement().getTextRecursively())
                .as("the oldest entry, last").startsWith(alice.displayName() + " created the request");
    }

    private RequestDraft draft() {
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Logged request");
        draft.setAuthority(authorities.findByCode("LCE").orElseThrow());
        draft.setRegime(draft.getAuthority().getDefaultRegime());
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        return draft;
    }
}
