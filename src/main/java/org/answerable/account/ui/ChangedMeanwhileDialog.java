package org.answerable.account.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Another administrator saved first: say so, and offer to show their version. */
final class ChangedMeanwhileDialog {

    private ChangedMeanwhileDialog() {
    }

    static void show(String message, Runnable reload) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Changed by someone else");
        dialog.setText(message);
        dialog.setConfirmText("Reload");
        dialog.addConfirmListener(e -> reload.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Close");
        dialog.open();
    }
}
