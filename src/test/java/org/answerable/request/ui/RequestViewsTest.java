package org.answerable.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.answerable.account.Role;
import org.answerable.authority.Regime;
import org.answerable.base.ui.NotFoundView;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.timeline.RequestDeadlines;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
@ViewPackages(packages = "org.answerable")
class RequestViewsTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired RequestDeadlines deadlines;

    @BeforeEach
    void signIn() {
        users.signInNew(Role.MEMBER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void campaigner_logs_a_request_to_leicester_by_pasting_its_text() throws IOException {
        NewRequestView view = navigate(NewRequestView.class);
        test(view.form.title).setValue("CSE monitoring 2025");
        test(view.form.authority).selectItem("Leicester City Council");
        assertThat(view.form.regime.getValue()).as("law follows the authority").isEqualTo(Regime.FOIA);
        test(view.form.dateSent).setValue(LocalDate.of(2025, 6, 27));
        test(view.form.authorityReference).setValue("FOI651119421");
        test(view.form.requestText).setValue(example("leicester-cse-monitoring-2025.txt"));
        test(view.form.findQuestions).click();

        assertThat($(TextArea.class).all().stream().filter(t -> t.hasClassName("question-text")).count())
                .as("one editable row per proposed question").isEqualTo(7);
        test(view.save).click();

        RequestDetailView detail = (RequestDetailView) getCurrentView();
        assertThat($(ListItem.class, $(OrderedList.class).withId("questions").single()).all()).hasSize(7);
        // Sent on 27 June 2025 and never answered: overdue by the real clock this test runs on.
        assertThat($(Span.class, detail).all()).extracting(Span::getText).contains("a) ", "Overdue");

        RequestsView list = navigate(RequestsView.class);
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getCellText(0, 1)).isEqualTo("Leicester");
        assertThat(test(list.grid).getCellText(0, 3)).isEqualTo("27 Jun 2025");
    }

    @Test
    void saving_without_title_authority_or_questions_shows_messages_next_to_the_fields() {
        NewRequestView view = navigate(NewRequestView.class);
        test(view.save).click();

        assertThat(view.form.title.isInvalid()).isTrue();
        assertThat(view.form.title.getErrorMessage()).startsWith("Give the request a title");
        assertThat(view.form.authority.isInvalid()).isTrue();
        assertThat(view.form.authority.getErrorMessage()).isEqualTo("Choose the authority the request goes to");
        assertThat(getCurrentView()).isInstanceOf(NewRequestView.class);
        assertThat(requests.count(RequestFilter.none())).isZero();

        test(view.form.title).setValue("Budget");
        test(view.form.authority).selectItem("Coventry City Council");
        test(view.save).click();
        assertThat($(Span.class).withId("questions-error").single().getText()).contains("Add at least one question");
        assertThat(requests.count(RequestFilter.none())).isZero();
    }

    @Test
    void a_request_sent_before_the_bank_holiday_data_is_saved_with_its_clock_not_computed() {
        NewRequestView view = navigate(NewRequestView.class);
        test(view.form.title).setValue("Historical: 1999 budget");
        test(view.form.authority).selectItem("Coventry City Council");
        test(view.form.requestText).setValue("1. What was the library budget in 1998?");
        test(view.form.findQuestions).click();

        test(view.form.dateSent).setValue(LocalDate.of(1999, 2, 1));

        assertThat(view.form.dateSent.getHelperText()).as("said at the field, before saving")
                .startsWith("Bank holidays before 2015 are unknown")
                .endsWith(". Until they are, this request's deadlines are not computed; you can still save it as a historical record.");
        test(view.save).click();

        FoiRequest saved = requests.list(RequestFilter.none(), PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(saved.getTitle()).isEqualTo("Historical: 1999 budget");
        assertThat(saved.getResponseDue()).isNull();
        assertThat($(Span.class).withId("clock-state").single().getText()).isEqualTo("Not computed");
        assertThat(deadlines.of(saved.getId())).as("its calendar file is empty, not an error").isEmpty();
    }

    @Test
    void a_sent_date_in_the_future_is_refused_next_to_the_field() {
        NewRequestView view = navigate(NewRequestView.class);
        test(view.form.title).setValue("Future");
        test(view.form.authority).selectItem("Coventry City Council");
        view.form.dateSent.setValue(LocalDate.now().plusDays(3));
        test(view.save).click();

        assertThat(view.form.dateSent.isInvalid()).isTrue();
        assertThat(view.form.dateSent.getErrorMessage()).isEqualTo("The date sent can't be in the future");
        assertThat(requests.count(RequestFilter.none())).isZero();
    }

    @Test
    void the_list_filters_by_status() {
        saveRequest("Sent one", LocalDate.of(2025, 3, 3));
        saveRequest("Draft one", null);
        RequestsView view = navigate(RequestsView.class);
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.statusFilter).selectItem("Not sent");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(((com.vaadin.flow.router.RouterLink) test(view.grid).getCellComponent(0, "title")).getText())
                .isEqualTo("Draft one");
    }

    @Test
    void a_request_past_its_response_date_reads_overdue_in_the_list_and_on_its_page() {
        FoiRequest late = saveRequest("Sent in March", LocalDate.of(2025, 3, 3));
        saveRequest("Draft one", null);
        RequestsView view = navigate(RequestsView.class);

        test(view.statusFilter).selectItem("Overdue");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(((Span) test(view.grid).getCellComponent(0, "status")).getText()).isEqualTo("Overdue");

        test(view.statusFilter).selectItem("Awaiting response");
        assertThat(test(view.grid).size()).as("overdue is not awaiting within its time").isZero();

        navigate("requests/" + late.getId(), com.vaadin.flow.component.html.Main.class);
        assertThat($(StatusBadge.class).first().getText()).isEqualTo("Overdue");
    }

    @Test
    void editing_a_request_keeps_the_change() {
        FoiRequest saved = saveRequest("Before", LocalDate.of(2025, 3, 3));
        EditRequestView edit = navigate(EditRequestView.class,
                java.util.Map.of(RequestDetailView.ID, saved.getId().toString()));
        test(edit.form.title).setValue("After");
        test(edit.save).click();

        assertThat(getCurrentView()).isInstanceOf(RequestDetailView.class);
        assertThat(requests.get(saved.getId()).getTitle()).isEqualTo("After");
    }

    @Test
    void another_teams_request_id_in_the_url_shows_not_found() {
        FoiRequest secret = saveRequest("Other team's request", LocalDate.of(2025, 3, 3));
        users.signInNew(Role.MEMBER);

        navigate("requests/" + secret.getId(), NotFoundView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).first().getText())
                .contains("could not be found").doesNotContain("Other team's request");
        navigate("requests/" + secret.getId() + "/edit", NotFoundView.class);
        navigate("requests/not-a-number", NotFoundView.class);
    }

    private FoiRequest saveRequest(String title, LocalDate sent) {
        NewRequestView view = navigate(NewRequestView.class);
        test(view.form.title).setValue(title);
        test(view.form.authority).selectItem("Leicester City Council");
        if (sent != null) {
            test(view.form.dateSent).setValue(sent);
        }
        test(view.form.requestText).setValue("1. How many?\n2. How much?");
        test(view.form.findQuestions).click();
        test(view.save).click();
        return requests.list(RequestFilter.none(), PageRequest.of(0, 100)).stream()
                .filter(r -> r.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private static String example(String name) throws IOException {
        return new ClassPathResource("examples/requests/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

}
