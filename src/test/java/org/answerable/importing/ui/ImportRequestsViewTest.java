package org.answerable.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.importing.ImportField;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@IntegrationTest
@ViewPackages(packages = "org.answerable")
class ImportRequestsViewTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void campaigner_imports_a_spreadsheet_after_correcting_a_misspelt_council() {
        users.signInNew(Role.MEMBER);
        navigate("requests", com.vaadin.flow.component.Component.class);
        test($(Button.class).withId("import-requests").single()).click();
        ImportRequestsView view = (ImportRequestsView) getCurrentView();

        upload(view, "tracker.csv", """
                Title,Council,Date sent,Reference
                Child exploitation 2015-2024,Lecester,27/06/2025,FOI651119421
                Child exploitation 2015-2024,Coventry,27/06/2025,
                """);

        assertThat(view.summary.getText()).startsWith("1 of 2 rows have problems");
        assertThat(test(view.problems).getCellText(0, 0)).isEqualTo("2");
        assertThat(test(view.problems).getCellText(0, 2))
                .isEqualTo("'Lecester' is not in the directory; did you mean Leicester City Council?");
        assertThat(test(view.preview).size()).as("the file's rows are previewed").isEqualTo(2);
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(requests.count(RequestFilter.none())).as("nothing saved while a row is wrong").isZero();

        upload(view, "tracker.csv", """
                Title,Council,Date sent,Reference
                Child exploitation 2015-2024,Leicester,27/06/2025,FOI651119421
                Child exploitation 2015-2024,Coventry,27/06/2025,
                """);
        assertThat(view.summary.getText()).isEqualTo("All 2 rows are ready to import.");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.importButton.getText()).isEqualTo("Import 2 requests");
        test(view.importButton).click();
        waitForWork(view);

        List<FoiRequest> saved = requests.list(RequestFilter.none(), PageRequest.of(0, 10, Sort.by("id"))).getContent();
        assertThat(saved).extracting(r -> r.getAuthority().getCode()).containsExactly("LCE", "COV");
        assertThat(saved.getFirst().getAuthorityReference()).isEqualTo("FOI651119421");
        assertThat(getCurrentView().getClass().getSimpleName()).as("back on the list").isEqualTo("RequestsView");
    }

    @Test
    void choosing_the_title_column_by_hand_makes_the_rows_importable() {
        users.signInNew(Role.MEMBER);
        ImportRequestsView view = navigate(ImportRequestsView.class);

        upload(view, "sheet.csv", "Request;Organisation;When\nParking fines 2024;Coventry;3 Mar 2025\n");
        assertThat(view.summary.getText()).isEqualTo("Choose the column that holds the title.");
        assertThat(view.importButton.isEnabled()).isFalse();

        test(view.mapping.columnOf.get(ImportField.TITLE)).selectItem("A: Request");
        waitForWork(view);
        assertThat(view.mapping.columnOf.get(ImportField.QUESTIONS).getValue())
                .as("column A moved from the questions to the title").isNull();
        test(view.mapping.columnOf.get(ImportField.DATE_SENT)).selectItem("C: When");
        waitForWork(view);

        assertThat(view.summary.getText()).isEqualTo("All 1 rows are ready to import.");
        assertThat(view.importButton.isEnabled()).isTrue();
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_refused_with_a_message() {
        users.signInNew(Role.MEMBER);
        ImportRequestsView view = navigate(ImportRequestsView.class);

        upload(view, "old.xls", "not really excel");

        assertThat(view.summary.getText()).startsWith("old.xls is an old-style Excel file (.xls)");
        assertThat(view.importButton.isEnabled()).isFalse();
    }

    @Test
    void a_viewer_has_no_import_button() {
        users.signInNew(Role.VIEWER);
        navigate("requests", com.vaadin.flow.component.Component.class);
        assertThat($(Button.class).withId("import-requests").all()).as("hidden from a read-only user").isEmpty();
        assertThat($(Button.class).all()).extracting(Button::getText).doesNotContain("Import spreadsheet");
    }

    private void upload(ImportRequestsView view, String fileName, String content) {
        test(view.upload).upload(fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8));
        waitForWork(view);
    }

    /** Reading, checking and saving run in the background; the browser would poll until they end. */
    private void waitForWork(ImportRequestsView view) {
        long giveUp = System.nanoTime() + 30_000_000_000L;
        do {
            // A browser's poll request would run the queued UI updates; the browserless session is
            // held by this thread, so run them here.
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
            if (!view.progress.isVisible()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        } while (System.nanoTime() < giveUp);
        fail("the import page was still busy after 30 s: " + view.progressText.getText());
    }
}
