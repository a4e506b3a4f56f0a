package org.answerable.ops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import org.answerable.account.Roles;
import org.answerable.ops.BackupRefusedException;
import org.answerable.ops.BackupService;

/** Lets an administrator take a backup of the embedded database without stopping the app. */
@Route("admin/backup")
@PageTitle("Backup · Answerable")
@Menu(order = 90, title = "Backup")
@RolesAllowed(Roles.ADMIN)
class BackupView extends Main {

    final Button backUpNow = new Button("Back up now");
    final Paragraph result = new Paragraph();

    BackupView(BackupService backups) {
        addClassName("view");
        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUpNow.setDisableOnClick(true);
        backUpNow.addClickListener(e -> {
            try {
                Path file = backups.backUpNow();
                result.setText("Backup written to " + file);
            } catch (BackupRefusedException refused) {
                result.setText(refused.getMessage());
            } finally {
                backUpNow.setEnabled(true);
            }
        });
        result.setId("backup-result");

        add(new H2("Backup"),
                new Paragraph("A backup is a consistent copy of the whole database and the attachments, taken "
                        + "while everyone keeps working. It is saved as a zip file in the backups folder of the "
                        + "data directory; copy it somewhere safe, off this server."),
                new Paragraph("To restore one: stop Answerable, move answerable.mv.db and the attachments "
                        + "folder out of the data directory, unzip the backup into it and start Answerable again."),
                backUpNow, result);
    }
}
