package org.answerable.deadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Nobody is signed in unless a test says so: the calculator is public. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class DeadlineCalculatorViewTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_anonymous_visitor_finds_a_foia_request_received_on_27_june_2025_is_due_on_28_july() {
        DeadlineCalculatorView view = calculate("Freedom of Information Act 2000 (FOIA)", LocalDate.of(2025, 6, 27));

        assertThat(view.result.responseDue.day.getText()).isEqualTo("Mon 28 Jul 2025");
        assertThat(view.result.extendedDue.day.getText()).isEqualTo("Wed 27 Aug 2025");
        assertThat(explanation()).contains("20 working days after Fri 27 Jun 2025 is Mon 28 Jul 2025.",
                "Skipped Mon 14 Jul 2025 Battle of the Boyne (Orangemen’s Day) (substitute day) (Northern Ireland).");
        assertThat(view.result.codeReading.isVisible()).as("a Friday is a working day").isFalse();
        assertThat(view.result.disputed.isVisible()).isFalse();
        assertThat($(Anchor.class).id("account-link").getText()).isEqualTo("Log in to track your requests");
    }

    @Test
    void a_date_in_2030_shows_that_its_bank_holidays_are_unknown_next_to_the_date() {
        DeadlineCalculatorView view = calculate("Freedom of Information Act 2000 (FOIA)", LocalDate.of(2030, 3, 1));

        assertThat(view.received.isInvalid()).isTrue();
        assertThat(view.received.getErrorMessage()).as("plain words for a visitor, who cannot add holidays")
                .isEqualTo("This deadline runs into 2030, a year whose bank holidays are not known yet, so it can't be "
                        + "worked out. Try a date closer to today.")
                .doesNotContain("Admin");
        assertThat(view.result.isVisible()).as("no dates are guessed").isFalse();
    }

    @Test
    void a_request_arriving_on_a_saturday_shows_the_later_date_an_authority_may_argue() {
        DeadlineCalculatorView view = calculate("Freedom of Information Act 2000 (FOIA)", LocalDate.of(2025, 12, 6));

        assertThat(view.result.responseDue.day.getText()).isEqualTo("Thu 8 Jan 2026");
        assertThat(view.result.codeReading.isVisible()).isTrue();
        assertThat(view.result.codeReading.day.getText()).isEqualTo("Fri 9 Jan 2026");
        assertThat(view.result.codeReading.note.getText()).contains("s45 Code of Practice");
    }

    @Test
    void the_2022_state_funeral_holiday_is_marked_as_disputed_with_the_date_if_it_counts() {
        DeadlineCalculatorView view = calculate("Freedom of Information Act 2000 (FOIA)", LocalDate.of(2022, 9, 5));

        assertThat(view.result.responseDue.day.getText()).isEqualTo("Tue 4 Oct 2022");
        assertThat(view.result.disputed.isVisible()).isTrue();
        assertThat(view.result.disputed.getText()).contains("Mon 19 Sep 2022", "the response is due Mon 3 Oct 2022");
    }

    @Test
    void under_foisa_easter_monday_is_a_working_day() {
        DeadlineCalculatorView view = calculate("Freedom of Information (Scotland) Act 2002 (FOISA)",
                LocalDate.of(2025, 4, 4));

        assertThat(view.result.responseDue.day.getText()).isEqualTo("Tue 6 May 2025");
        assertThat(explanation()).noneMatch(line -> line.contains("Easter Monday"))
                .contains("Skipped Fri 18 Apr 2025 Good Friday (Scotland).");
        assertThat(view.result.extendedDue.note.getText()).contains("FOISA allows no extension");
    }

    @Test
    void a_signed_in_member_reaches_the_calculator_from_the_side_menu_and_has_a_way_back() {
        users.signInNew(Role.MEMBER);
        UI.getCurrent().navigate("requests");
        SideNavItem item = $(SideNavItem.class).all().stream()
                .filter(i -> "Deadline calculator".equals(i.getLabel())).findFirst().orElseThrow();
        assertThat(item.getPath()).isEqualTo("calculator");

        navigate(DeadlineCalculatorView.class);
        assertThat($(Anchor.class).id("account-link").getText()).isEqualTo("Back to your requests");
    }

    @Test
    void a_visitor_reads_no_internal_references_whatever_the_law_and_day() {
        for (String law : List.of("Freedom of Information Act 2000 (FOIA)",
                "Freedom of Information (Scotland) Act 2002 (FOISA)")) {
            for (LocalDate day : List.of(LocalDate.of(2022, 9, 5), LocalDate.of(2025, 12, 6), LocalDate.of(2027, 11, 15))) {
                DeadlineCalculatorView view = calculate(law, day);
                assertThat(view.getElement().getTextRecursively() + view.received.getErrorMessage()
                        + view.received.getHelperText()).as(law + " " + day).doesNotContain("FOI_RULES", "§", "Admin");
            }
        }
    }

    @Test
    void a_date_that_is_not_a_date_is_explained_at_the_field() {
        DeadlineCalculatorView view = calculate("Freedom of Information Act 2000 (FOIA)", LocalDate.of(2025, 6, 27));
        assertThat(view.result.isVisible()).isTrue();

        new com.vaadin.browserless.ComponentTester<com.vaadin.flow.component.datepicker.DatePicker>(view.received) {
            void type(String text) {
                getComponent().getElement().setProperty("_inputElementValue", text);
                fireDomEvent("unparsable-change");
            }
        }.type("31/02/2025");

        assertThat(view.received.isInvalid()).isTrue();
        assertThat(view.received.getErrorMessage()).isEqualTo(DeadlineCalculatorView.BAD_DATE);
        assertThat(view.result.isVisible()).as("no date is shown for it").isFalse();

        view.received.setValue(LocalDate.of(2025, 6, 27));
        assertThat(view.received.isInvalid()).isFalse();
        assertThat(view.result.responseDue.day.getText()).isEqualTo("Mon 28 Jul 2025");
    }

    private DeadlineCalculatorView calculate(String law, LocalDate received) {
        DeadlineCalculatorView view = navigate(DeadlineCalculatorView.class);
        test(view.regime).selectItem(law);
        test(view.received).setValue(received);
        return view;
    }

    private List<String> explanation() {
        return $(ListItem.class).all().stream().map(ListItem::getText).toList();
    }
}
