package org.answerable.importing.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.answerable.account.Roles;
import org.answerable.account.SignedInUser;
import org.answerable.authority.AuthorityNameMatcher;
import org.answerable.authority.AuthorityService;
import org.answerable.base.InvalidInputException;
import org.answerable.importing.ColumnMapping;
import org.answerable.importing.ImportCheck;
import org.answerable.importing.RowProblem;
import org.answerable.importing.SheetRow;
import org.answerable.importing.Spreadsheet;
import org.answerable.importing.SpreadsheetReader;
import org.answerable.importing.UnreadableSpreadsheetException;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the requests a team already tracks in a spreadsheet. Reading and checking run in the
 * background while the page polls for progress (the app has no server push), so a 10,000-row
 * file shows a moving bar instead of a frozen page. Nothing is saved until every row is fine,
 * and then all rows are saved in one transaction.
 */
@Route("requests/import")
@PageTitle("Import requests · Answerable")
@RolesAllowed({Roles.ADMIN, Roles.MEMBER})
class ImportRequestsView extends Main {

    static final int MAX_FILE_BYTES = 15 * 1024 * 1024;
    static final int PREVIEW_ROWS = 10;
    private static final int POLL_MILLIS = 300;
    private static final Logger LOG = LoggerFactory.getLogger(ImportRequestsView.class);

    private final RequestService requests;
    private final AuthorityService authorities;
    private final CurrentUser currentUser;
    private final Clock clock;

    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Grid<SheetRow> preview = new Grid<>();
    final ColumnMappingFields mapping = new ColumnMappingFields(this::check);
    final Paragraph summary = new Paragraph();
    final Grid<RowProblem> problems = new Grid<>();
    final Button importButton = new Button("Import");
    private final H3 previewHeading = new H3("First rows of the file");
    private final H3 mappingHeading = new H3("Which column holds what");

    private Spreadsheet sheet;
    private AuthorityNameMatcher directory;
    private ImportCheck.Result result;
    /** Bumped by every new file or mapping, so a late answer from an older check is ignored. */
    private int generation;
    private boolean working;

    ImportRequestsView(RequestService requests, AuthorityService authorities, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.authorities = authorities;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("view");
        add(new H2("Import requests"), new Paragraph("Upload the spreadsheet you keep your requests in (.xlsx or .csv, "
                + "up to " + MAX_FILE_BYTES / 1024 / 1024 + " MB and " + String.format("%,d", SpreadsheetReader.MAX_ROWS)
                + " rows). The first row must hold the column headers. Dates are read day first (23/11/2025). "
                + "Nothing is saved until every row is fine and you choose Import."));
        configureUpload();
        progress.setVisible(false);
        progressText.setId("import-progress");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setAllRowsVisible(true);
        problems.addColumn(RowProblem::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0).setKey("row");
        problems.addColumn(p -> p.field() == null ? "" : p.field().label()).setHeader("Column").setAutoWidth(true)
                .setKey("field");
        problems.addColumn(RowProblem::message).setHeader("Problem").setFlexGrow(4).setKey("message");
        problems.setHeight("320px");
        problems.setId("problems");
        summary.setId("import-summary");
        importButton.setId("import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> commit());
        Button cancel = new Button("Back to requests", e -> UI.getCurrent().navigate("requests"));
        add(upload, progress, progressText, mappingHeading, mapping, previewHeading, preview, summary, problems,
                new HorizontalLayout(importButton, cancel));
        showFile(null);
    }

    private void configureUpload() {
        upload.setUploadHandler(UploadHandler.inMemory((file, bytes) -> {
            upload.clearFileList();
            if (bytes.length > MAX_FILE_BYTES) {
                tell(file.fileName() + " is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB: split it into smaller files",
                        NotificationVariant.LUMO_ERROR);
                return;
            }
            read(bytes, file.fileName());
        }));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setUploadButton(new Button("Choose spreadsheet"));
        upload.setDropLabel(new Span("or drop an .xlsx or .csv file here"));
        upload.addFileRejectedListener(e -> tell(e.getErrorMessage() + ": the file must be an .xlsx or .csv file of at most "
                + MAX_FILE_BYTES / 1024 / 1024 + " MB", NotificationVariant.LUMO_ERROR));
    }

    /** Reads the file, proposes a mapping and checks every row, all off the request thread. */
    private void read(byte[] content, String fileName) {
        showFile(null);
        directory = authorities.matcher();
        LocalDate today = LocalDate.now(clock);
        int run = ++generation;
        startWork("Reading " + fileName + "…");
        UI ui = UI.getCurrent();
        inBackground(run, () -> {
            Spreadsheet read = new SpreadsheetReader().read(content, fileName);
            ColumnMapping proposed = ColumnMapping.propose(read.headers());
            ImportCheck.Result checked = check(ui, run, read, proposed, today);
            return () -> {
                showFile(read);
                mapping.show(proposed);
                showResult(checked);
            };
        });
    }

    /** The user chose another column: check every row again with the new mapping. */
    private void check(ColumnMapping changed) {
        if (sheet == null) {
            return;
        }
        Spreadsheet current = sheet;
        LocalDate today = LocalDate.now(clock);
        int run = ++generation;
        importButton.setEnabled(false);
        startWork("Checking rows…");
        UI ui = UI.getCurrent();
        inBackground(run, () -> {
            ImportCheck.Result checked = check(ui, run, current, changed, today);
            return () -> showResult(checked);
        });
    }

    private ImportCheck.Result check(UI ui, int run, Spreadsheet read, ColumnMapping columns, LocalDate today) {
        int total = read.rows().size();
        return new ImportCheck(directory, today).check(read, columns, done -> ui.access(() -> {
            if (run == generation) {
                progress.setIndeterminate(false);
                progress.setValue((double) done / total);
                progressText.setText(String.format("Checked %,d of %,d rows", done, total));
            }
        }));
    }

    private void commit() {
        if (result == null || !result.canImport() || working) {
            return;
        }
        SignedInUser user = currentUser.requireEditor();
        List<RequestDraft> drafts = result.drafts();
        int total = drafts.size();
        int run = ++generation;
        importButton.setEnabled(false);
        upload.setVisible(false);
        startWork(String.format("Saving %,d requests…", total));
        UI ui = UI.getCurrent();
        inBackground(run, () -> {
            IntConsumer saved = done -> ui.access(() -> {
                progress.setIndeterminate(false);
                progress.setValue((double) done / total);
                progressText.setText(String.format("Saved %,d of %,d requests", done, total));
            });
            // The user's rights and team are pinned for the background thread, which has no session.
            int count = currentUser.callAs(user.userId(), user.teamId(), () -> requests.createAll(drafts, saved))
                    .orElseThrow(() -> new InvalidInputException("import", "You can no longer add requests to this team"));
            return () -> {
                Notification.show(String.format("Imported %,d requests", count), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate("requests");
            };
        });
    }

    /**
     * Runs {@code work} on a virtual thread; what it returns is then applied to the page, unless
     * a newer file or mapping has superseded it. Problems end up as a message, never a stack trace.
     */
    private void inBackground(int run, Supplier<Runnable> work) {
        UI ui = UI.getCurrent();
        Thread.ofVirtual().name("import-" + run).start(() -> {
            Runnable show;
            try {
                show = work.get();
            } catch (UnreadableSpreadsheetException | InvalidInputException problem) {
                show = () -> fail(problem.getMessage());
            } catch (RuntimeException unexpected) {
                LOG.error("Import failed", unexpected);
                show = () -> fail("The import failed and nothing was saved. Try again, or ask your administrator to "
                        + "look at the server log.");
            }
            Runnable apply = show;
            ui.access(() -> {
                if (run == generation) {
                    stopWork();
                    apply.run();
                }
            });
        });
    }

    private void fail(String message) {
        upload.setVisible(true);
        tell(message, NotificationVariant.LUMO_ERROR);
        summary.setText(message);
        importButton.setEnabled(result != null && result.canImport());
    }

    private void startWork(String text) {
        working = true;
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText(text);
        UI.getCurrent().setPollInterval(POLL_MILLIS);
    }

    private void stopWork() {
        working = false;
        progress.setVisible(false);
        progressText.setText("");
        UI.getCurrent().setPollInterval(-1);
    }

    private void showFile(Spreadsheet read) {
        sheet = read;
        result = null;
        boolean loaded = read != null;
        mappingHeading.setVisible(loaded);
        mapping.setVisible(loaded);
        previewHeading.setVisible(loaded);
        preview.setVisible(loaded);
        problems.setVisible(false);
        importButton.setEnabled(false);
        importButton.setText("Import");
        summary.setText("");
        if (!loaded) {
            return;
        }
        mapping.setHeaders(read.headers());
        preview.removeAllColumns();
        preview.addColumn(SheetRow::number).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < read.headers().size(); i++) {
            int column = i;
            preview.addColumn(row -> row.cell(column).text()).setHeader(read.headers().get(i)).setAutoWidth(true);
        }
        preview.setItems(read.rows().subList(0, Math.min(PREVIEW_ROWS, read.rows().size())));
        previewHeading.setText("First rows of " + read.fileName());
    }

    private void showResult(ImportCheck.Result checked) {
        result = checked;
        problems.setItems(checked.problems());
        problems.setVisible(!checked.problems().isEmpty());
        int ready = checked.requests().size();
        if (!checked.mappingProblems().isEmpty()) {
            summary.setText(String.join(". ", checked.mappingProblems()) + ".");
        } else if (checked.problems().isEmpty()) {
            summary.setText(String.format("All %,d rows are ready to import.", ready));
        } else {
            long badRows = checked.problems().stream().mapToInt(RowProblem::row).distinct().count();
            summary.setText(String.format("%,d of %,d rows have problems, listed below. Correct them in your spreadsheet "
                    + "and upload it again, or choose other columns above. Nothing is imported until every row is fine.",
                    badRows, checked.rowCount()));
        }
        importButton.setEnabled(checked.canImport());
        importButton.setText(checked.canImport() ? String.format("Import %,d requests", ready) : "Import");
    }

    private static void tell(String message, NotificationVariant variant) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        generation++;
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
