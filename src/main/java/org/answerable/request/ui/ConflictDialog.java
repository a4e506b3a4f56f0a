package org.answerable.request.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Explains that someone else saved first. The user's unsaved text stays in the form behind the
 * dialog until they choose to reload, so they can copy what they need.
 */
final class ConflictDialog {

    private ConflictDialog() {
    }

    static void show(String message) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Changed by someone else");
        dialog.setText(message + " Your unsaved edits stay in the form until you reload.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my edits on screen");
        dialog.setConfirmText("Reload");
        dialog.addConfirmListener(e -> UI.getCurrent().getPage().reload());
        dialog.open();
    }
}
