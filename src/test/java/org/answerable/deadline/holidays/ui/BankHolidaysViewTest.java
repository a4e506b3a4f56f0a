package org.answerable.deadline.holidays.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.base.ui.AccessDeniedView;
import org.answerable.authority.Regime;
import org.answerable.deadline.BankHoliday;
import org.answerable.deadline.Jurisdiction;
import org.answerable.deadline.holidays.BankHolidayFileParser;
import org.answerable.deadline.holidays.HolidayService;
import org.answerable.deadline.holidays.StoredBankHoliday;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The holidays are shared by every test on this database, so each test puts back what it changed:
 * holidays named "Test …" are removed and the shipped GOV.UK list is re-imported.
 */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class BankHolidaysViewTest extends SpringBrowserlessTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 6, 27);

    @Autowired TestUsers users;
    @Autowired HolidayService holidays;
    @Autowired SecurityContextHolderStrategy securityContexts;

    @BeforeEach
    void signInAsAdmin() {
        signIn(Role.ADMIN);
    }

    @AfterEach
    void putTheHolidaysBack() throws IOException {
        signIn(Role.ADMIN);
        holidays.listStored().stream().filter(h -> h.getName().startsWith("Test "))
                .forEach(h -> holidays.remove(h.getId()));
        try (InputStream shipped = getClass().getResourceAsStream(BankHolidayFileParser.SHIPPED_RESOURCE)) {
            holidays.importFile(shipped, "shipped holidays");
        }
        TestUsers.signOut();
        securityContexts.clearContext();
    }

    /**
     * TestUsers signs in on the global holder, but each test application installs its own there
     * (Vaadin does), so after a second one has started in this JVM (say with
     * {@code @AutoConfigureMockMvc}) the admin-only service methods would see nobody. Sign in on
     * this application's holder too.
     */
    private void signIn(Role role) {
        users.signInNew(role);
        securityContexts.setContext(SecurityContextHolder.getContext());
    }

    @Test
    void an_admin_adds_a_holiday_and_deadlines_skip_it() {
        assertThat(foiaResponseDue()).isEqualTo(LocalDate.of(2025, 7, 28));
        BankHolidaysView view = navigate(BankHolidaysView.class);
        test(view.add).click();
        HolidayDialog dialog = $(HolidayDialog.class).single();
        test(dialog.date).setValue(LocalDate.of(2025, 7, 21));
        test(dialog.name).setValue("Test holiday");
        test(dialog.jurisdiction).selectItem("England and Wales");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(foiaResponseDue()).as("one more day skipped").isEqualTo(LocalDate.of(2025, 7, 29));
        test(view.year).selectItem("2025");
        assertThat(names(view)).contains("Test holiday");
    }

    @Test
    void saving_an_empty_holiday_shows_messages_next_to_the_fields() {
        BankHolidaysView view = navigate(BankHolidaysView.class);
        test(view.add).click();
        HolidayDialog dialog = $(HolidayDialog.class).single();
        test(dialog.save).click();

        assertThat(dialog.date.getErrorMessage()).isEqualTo("Choose the day of the holiday");
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the holiday a name");
        assertThat(dialog.jurisdiction.getErrorMessage())
                .isEqualTo("Choose the part of the UK where it is a bank holiday");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_second_holiday_on_the_same_day_and_nation_is_refused_next_to_the_date() {
        BankHolidaysView view = navigate(BankHolidaysView.class);
        test(view.add).click();
        HolidayDialog dialog = $(HolidayDialog.class).single();
        test(dialog.date).setValue(LocalDate.of(2025, 12, 25));
        test(dialog.name).setValue("Test Christmas");
        test(dialog.jurisdiction).selectItem("England and Wales");
        test(dialog.save).click();

        assertThat(dialog.date.isInvalid()).isTrue();
        assertThat(dialog.date.getErrorMessage())
                .isEqualTo("Christmas Day is already listed on that day for England and Wales");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void an_edit_after_another_admin_changed_the_holiday_is_refused_with_an_explanation() {
        StoredBankHoliday mine = holidays.add(new BankHoliday(LocalDate.of(2026, 7, 20), "Test fair day",
                Jurisdiction.SCOTLAND));
        BankHolidaysView view = navigate(BankHolidaysView.class);
        test(view.year).selectItem("2026");
        clickInRow(view, "Test fair day", "Edit");
        HolidayDialog dialog = $(HolidayDialog.class).single();
        holidays.change(mine.getId(), mine.getVersion(), new BankHoliday(mine.getDate(), "Test fair day (moved)",
                Jurisdiction.SCOTLAND));

        test(dialog.name).setValue("Test fair day (renamed)");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).as("the user's edit stays on screen").isTrue();
        assertThat(dialog.problem.getText()).startsWith("Someone else saved changes to this bank holiday");
        assertThat(names(view)).contains("Test fair day (moved)");
    }

    @Test
    void removing_the_boyne_holiday_changes_a_deadline_until_gov_uks_file_is_imported_again() throws IOException {
        BankHolidaysView view = navigate(BankHolidaysView.class);
        test(view.year).selectItem("2025");
        clickInRow(view, "Battle of the Boyne (Orangemen’s Day) (substitute day)", "Remove");
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Northern Ireland", "Mon 14 Jul 2025");
        test(confirm).confirm();

        assertThat(foiaResponseDue()).as("an England-only count").isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(names(view)).doesNotContain("Battle of the Boyne (Orangemen’s Day) (substitute day)");

        test(view.importFile).upload("bank-holidays.json", "application/json", fixture("gov-uk-bank-holidays.json"));

        assertThat(notifications()).contains("1 new holiday added");
        assertThat(foiaResponseDue()).isEqualTo(LocalDate.of(2025, 7, 28));
        assertThat(names(view)).contains("Battle of the Boyne (Orangemen’s Day) (substitute day)");
    }

    @Test
    void an_unreadable_file_is_reported_and_adds_nothing() {
        BankHolidaysView view = navigate(BankHolidaysView.class);
        int before = holidays.listStored().size();

        test(view.importFile).upload("holidays.json", "application/json", "{\"wales\": []}".getBytes());

        assertThat(notifications()).contains(
                "holidays.json, wales: unknown division; expected england-and-wales, scotland or northern-ireland");
        assertThat(holidays.listStored()).hasSize(before);
    }

    @Test
    void the_view_says_which_years_deadlines_can_reach() {
        BankHolidaysView view = navigate(BankHolidaysView.class);

        assertThat(view.coverage.getText()).isEqualTo("Bank holidays for every UK nation are known for 2015–2027.");
        assertThat(view.warning.getText()).isEqualTo(
                "Holidays after 2027 are unknown: deadlines that reach 2028 can't be computed until you add them.");
    }

    @Test
    void admins_find_bank_holidays_in_the_side_menu() {
        UI.getCurrent().navigate("requests");

        assertThat(menuLabels()).contains("Bank holidays", "Deadline calculator");
    }

    @Test
    void a_member_neither_sees_nor_opens_the_bank_holidays_view() {
        signIn(Role.MEMBER);
        UI.getCurrent().navigate("requests");
        assertThat(menuLabels()).contains("Deadline calculator").doesNotContain("Bank holidays");

        UI.getCurrent().navigate("admin/holidays");
        assertThat(getCurrentView()).as("a page inside the layout says it is not for this role")
                .isInstanceOf(AccessDeniedView.class);
        assertThat($(Upload.class).all()).as("no import button anywhere").isEmpty();
    }

    private LocalDate foiaResponseDue() {
        return holidays.calculator(Regime.FOIA).workingDaysAfter(RECEIVED, 20).date();
    }

    private List<String> names(BankHolidaysView view) {
        return view.grid.getListDataView().getItems().map(StoredBankHoliday::getName).toList();
    }

    private void clickInRow(BankHolidaysView view, String name, String button) {
        List<String> names = names(view);
        assertThat(names).contains(name);
        var actions = test(view.grid).getCellComponent(names.indexOf(name), "actions");
        test($(Button.class, actions).all().stream().filter(b -> b.getText().equals(button)).findFirst()
                .orElseThrow()).click();
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private List<String> menuLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream json = BankHolidaysViewTest.class.getResourceAsStream(
                "/org/answerable/deadline/holidays/" + name)) {
            return json.readAllBytes();
        }
    }
}
