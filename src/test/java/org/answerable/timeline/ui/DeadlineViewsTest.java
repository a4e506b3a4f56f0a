package org.answerable.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.support.FixedClock;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.answerable.timeline.EventDraft;
import org.answerable.timeline.TimelineEventType;
import org.answerable.timeline.TimelineService;
import org.answerable.timeline.UpcomingDeadline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Today is Monday 21 July 2025 (FixedClock). */
@IntegrationTest
@Import(FixedClock.class)
@ViewPackages(packages = "org.answerable")
class DeadlineViewsTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired TimelineService timelines;

    @BeforeEach
    void signIn() {
        users.signInNew(Role.MEMBER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_dashboard_sorts_requests_into_long_overdue_overdue_this_week_and_later() {
        send("Long forgotten", LocalDate.of(2025, 4, 1));
        send("Late reply", LocalDate.of(2025, 6, 2));
        send("Due today", LocalDate.of(2025, 6, 20));
        send("Due next week", LocalDate.of(2025, 6, 27));
        send("Due mid August", LocalDate.of(2025, 7, 18));
        FoiRequest extended = send("Extended to September", LocalDate.of(2025, 7, 1));
        timelines.record(extended.getId(), new EventDraft(TimelineEventType.EXTENSION, LocalDate.of(2025, 7, 15),
                LocalDate.of(2025, 9, 30), null));

        navigate(DashboardView.class);

        String at = " — " + leicester().displayName();
        assertThat(titlesIn("long-overdue")).containsExactly("Long forgotten" + at);
        assertThat(titlesIn("overdue")).containsExactly("Late reply" + at);
        assertThat(titlesIn("due-this-week")).containsExactly("Due today" + at);
        assertThat(titlesIn("due-later")).as("20 working days ahead end on 19 Aug")
                .containsExactly("Due next week" + at, "Due mid August" + at);
    }

    @Test
    void the_counts_at_the_top_say_how_much_is_overdue_and_due_and_show_only_those_when_clicked() {
        send("Long forgotten", LocalDate.of(2025, 4, 1));
        send("Late reply", LocalDate.of(2025, 6, 2));
        send("Due today", LocalDate.of(2025, 6, 20));
        send("Due next week", LocalDate.of(2025, 6, 27));

        navigate(DashboardView.class);
        assertThat(countText("count-overdue")).isEqualTo("Overdue: 2");
        assertThat(countText("count-this-week")).isEqualTo("Due this week: 1");
        assertThat(countText("count-windows")).isEqualTo("Windows closing: 0");
        assertThat(countText("count-all")).isEqualTo("All: 4");

        test($(com.vaadin.flow.component.button.Button.class).withId("count-overdue").single()).click();
        assertThat(visibleSections()).containsExactly("long-overdue", "overdue");
        test($(com.vaadin.flow.component.button.Button.class).withId("count-this-week").single()).click();
        assertThat(visibleSections()).containsExactly("due-this-week");
        assertThat(titlesIn("due-this-week")).containsExactly("Due today — " + leicester().displayName());
        test($(com.vaadin.flow.component.button.Button.class).withId("count-all").single()).click();
        assertThat(visibleSections()).containsExactly("long-overdue", "overdue", "due-this-week", "due-later");
    }

    @Test
    void a_missed_date_reads_overdue_like_the_status_badges() {
        send("Late reply", LocalDate.of(2025, 6, 2));
        navigate(DashboardView.class);
        assertThat(test(gridIn("overdue")).getCellText(0, 3)).as("due Mon 30 Jun").isEqualTo("21 days overdue");
    }

    private String countText(String id) {
        return $(com.vaadin.flow.component.button.Button.class).withId(id).single().getText();
    }

    private List<String> visibleSections() {
        return $(Section.class).all().stream().filter(com.vaadin.flow.component.Component::isVisible)
                .map(s -> s.getId().orElseThrow()).toList();
    }

    private Authority leicester() {
        return authorities.findByCode("LCE").orElseThrow();
    }

    @Test
    void a_dashboard_row_links_to_its_request() {
        FoiRequest late = send("Late reply", LocalDate.of(2025, 6, 2));
        navigate(DashboardView.class);
        Anchor link = (Anchor) test(gridIn("overdue")).getCellComponent(0, 0);
        assertThat(link.getText()).isEqualTo("Late reply — " + late.getAuthority().displayName());
        assertThat(link.getHref()).isEqualTo("requests/" + late.getId());
    }

    @Test
    void the_request_page_shows_the_clock_and_records_a_reply_on_the_timeline() {
        FoiRequest request = send("Strategy", LocalDate.of(2025, 6, 27));
        navigate("requests/" + request.getId(), Main.class);
        assertThat($(Span.class).withId("clock-state").single().getText()).isEqualTo("Due soon");
        assertThat($(Span.class).withId("response-due").single().getText()).isEqualTo("Mon 28 Jul 2025");

        EventForm form = $(EventForm.class).single();
        test(form.type).selectItem(TimelineEventType.REPLY_RECEIVED.label());
        form.date.setValue(LocalDate.of(2025, 7, 18));
        test(form.add).click();

        assertThat($(Span.class).withId("clock-state").single().getText()).isEqualTo("Responded");
        assertThat($(ListItem.class, $(UnorderedList.class).withId("timeline-events").single()).all())
                .extracting(item -> item.getElement().getTextRecursively()).anyMatch(t -> t.contains("Fri 18 Jul 2025 · Reply received"));
    }

    @Test
    void an_impossible_event_is_refused_next_to_the_field_and_nothing_is_added() {
        FoiRequest request = send("Fees", LocalDate.of(2025, 6, 27));
        navigate("requests/" + request.getId(), Main.class);
        EventForm form = $(EventForm.class).single();
        test(form.type).selectItem(TimelineEventType.FEE_PAID.label());
        form.date.setValue(LocalDate.of(2025, 7, 1));
        test(form.add).click();

        assertThat(form.type.isInvalid()).isTrue();
        assertThat(form.type.getErrorMessage()).containsIgnoringCase("notice");
        assertThat($(ListItem.class, $(UnorderedList.class).withId("timeline-events").single()).all()).hasSize(1);
    }

    private List<String> titlesIn(String sectionId) {
        Section section = $(Section.class).withId(sectionId).single();
        if ($(Grid.class, section).all().isEmpty()) {
            return List.of();
        }
        var grid = test(gridIn(sectionId));
        return java.util.stream.IntStream.range(0, grid.size())
                .mapToObj(row -> ((Anchor) grid.getCellComponent(row, 0)).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<UpcomingDeadline> gridIn(String sectionId) {
        return $(Grid.class, $(Section.class).withId(sectionId).single()).single();
    }

    private FoiRequest send(String title, LocalDate sent) {
        Authority leicester = authorities.findByCode("LCE").orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(leicester);
        draft.setRegime(leicester.getDefaultRegime());
        draft.setDateSent(sent);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        return requests.create(draft);
    }
}
