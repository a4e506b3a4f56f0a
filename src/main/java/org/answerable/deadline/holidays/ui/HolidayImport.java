package org.answerable.deadline.holidays.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import org.answerable.deadline.holidays.BankHolidayFileException;
import org.answerable.deadline.holidays.HolidayService;

/**
 * Takes GOV.UK's bank-holidays.json (or a file in the same shape) and adds the holidays not yet
 * stored. Existing entries are left alone, so an admin's corrections survive a re-import.
 * A factory rather than a subclass: Vaadin's UploadTester only drives a plain {@link Upload}.
 */
final class HolidayImport {

    /** GOV.UK's file is about 20 kB; anything far larger is not a holiday list. */
    private static final int MAX_FILE_BYTES = 1_000_000;

    private HolidayImport() {
    }

    static Upload upload(HolidayService holidays, Runnable onImported) {
        Upload upload = new Upload();
        // The in-memory handler calls back inside UI.access, so the view can be updated directly.
        upload.setUploadHandler(UploadHandler.inMemory((file, json) -> {
            try {
                int added = holidays.importFile(new ByteArrayInputStream(json), file.fileName());
                tell(added == 1 ? "1 new holiday added" : added + " new holidays added",
                        NotificationVariant.LUMO_SUCCESS);
                onImported.run();
            } catch (BankHolidayFileException unreadable) {
                tell(unreadable.getMessage(), NotificationVariant.LUMO_ERROR);
            } finally {
                upload.clearFileList();
            }
        }));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setUploadButton(new Button("Import GOV.UK file"));
        upload.setDropLabel(new Span("or drop bank-holidays.json here"));
        return upload;
    }

    private static void tell(String message, NotificationVariant variant) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
