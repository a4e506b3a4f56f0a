package org.answerable.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Map;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
@ViewPackages(packages = "org.answerable")
class RequestHistoryViewTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_request_page_shows_who_changed_what_newest_first() {
        String team = "History " + System.nanoTime();
        SignedInUser alice = users.signIn(users.createInTeam(Role.MEMBER, team));
        NewRequestView create = navigate(NewRequestView.class);
        test(create.form.title).setValue("Budget");
        test(create.form.authority).selectItem("Leicester City Council");
        test(create.form.dateSent).setValue(LocalDate.of(2025, 6, 2));
        test(create.form.requestText).setValue("1. How much?");
        test(create.form.findQuestions).click();
        test(create.save).click();
        FoiRequest saved = requests.list(RequestFilter.none(), PageRequest.of(0, 1)).getContent().getFirst();

        EditRequestView edit = navigate(EditRequestView.class, Map.of(RequestDetailView.ID, saved.getId().toString()));
        test(edit.form.title).setValue("Budget 2025");
        test(edit.save).click();

        users.signIn(users.createInTeam(Role.VIEWER, team));
        navigate(RequestDetailView.class, Map.of(RequestDetailView.ID, saved.getId().toString()));
        Details section = $(Details.class).withId("history-section").single();
        assertThat(section.getSummaryText()).startsWith("History (");
        assertThat($(ListItem.class, $(UnorderedList.class).withId("history").single()).all())
                .extracting(item -> item.getElement().getTextRecursively()).first().asString()
                .contains(alice.displayName() + " changed the title of the request from 'Budget' to 'Budget 2025'");
    }
}
