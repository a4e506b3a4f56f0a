package org.answerable.mail.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import org.answerable.account.SignedInUser;
import org.answerable.mail.BatchMailer;
import org.answerable.mail.BatchMailer.Outcome;
import org.answerable.mail.BatchMailer.Recipient;
import org.answerable.mail.SendingReadiness;
import org.answerable.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the chosen draft requests one after another in the background, with a progress bar, then
 * lists which failed and why; "Try the failed ones again" sends only those.
 */
class CampaignSendDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignSendDialog.class);
    private static final int POLL_MILLIS = 500;

    final Paragraph summary = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Grid<Outcome> failures = new Grid<>();
    final Button send = new Button();
    final Button retry = new Button("Try the failed ones again");
    private final BatchMailer mailer;
    private final CurrentUser currentUser;
    private final Runnable onClosed;
    private List<Recipient> pending;
    private int sent;

    CampaignSendDialog(BatchMailer mailer, CurrentUser currentUser, SendingReadiness readiness, List<Recipient> drafts,
            int alreadySent, Runnable onClosed) {
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.onClosed = onClosed;
        this.pending = drafts;
        setHeaderTitle("Send by email");
        summary.setId("campaign-send-summary");
        progress.setVisible(false);
        progress.setId("campaign-send-progress");
        failures.addColumn(o -> o.recipient().authorityName()).setHeader("Authority").setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(Outcome::message).setHeader("Why it was not sent").setFlexGrow(1);
        failures.setAllRowsVisible(true);
        failures.setVisible(false);
        failures.setId("campaign-send-failures");
        add(summary, progress, failures);
        send.setId("campaign-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> start());
        retry.setId("campaign-retry");
        retry.setVisible(false);
        retry.addClickListener(e -> start());
        Button close = new Button("Close", e -> close());
        getFooter().add(close, retry, send);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onClosed.run();
            }
        });
        setWidth("min(50rem, 100vw)");
        String skipped = alreadySent == 0 ? "" : " " + alreadySent + " of those selected were sent already and are left out.";
        if (!readiness.isReady()) {
            add(SendingProblem.of(readiness));
            send.setVisible(false);
        } else if (drafts.isEmpty()) {
            summary.setText("None of the selected requests is a draft, so there is nothing to send." + skipped);
            send.setVisible(false);
        } else {
            summary.setText("Each of the " + drafts.size() + " draft requests will be sent to its authority's FOI email, "
                    + "with the letter composed from its questions." + skipped);
            send.setText("Send " + drafts.size());
        }
    }

    private void start() {
        List<Recipient> batch = pending;
        int total = batch.size();
        SignedInUser user = currentUser.requireEditor();
        UI ui = UI.getCurrent();
        send.setVisible(false);
        retry.setVisible(false);
        failures.setVisible(false);
        progress.setVisible(true);
        progress.setValue(0);
        summary.setText("Sending 0 of " + total + "…");
        ui.setPollInterval(POLL_MILLIS);
        List<Outcome> done = new ArrayList<>();
        Thread.ofVirtual().name("campaign-send").start(() -> {
            List<Outcome> outcomes;
            try {
                // The background thread has no session: it acts as this user, in this team.
                outcomes = currentUser.callAs(user.userId(), user.teamId(), () -> mailer.sendEach(batch, outcome -> ui.access(() -> {
                    done.add(outcome);
                    progress.setValue((double) done.size() / total);
                    summary.setText("Sending " + done.size() + " of " + total + "…");
                }))).orElse(List.of());
            } catch (RuntimeException unexpected) {
                LOG.error("Sending a campaign stopped", unexpected);
                outcomes = List.of();
            }
            List<Outcome> result = outcomes;
            ui.access(() -> finish(batch, result));
        });
    }

    private void finish(List<Recipient> batch, List<Outcome> outcomes) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        List<Outcome> failed = outcomes.stream().filter(Outcome::canRetry).toList();
        List<Outcome> unrecorded = outcomes.stream().filter(o -> o.status() == BatchMailer.Status.SENT_NOT_RECORDED).toList();
        int justSent = (int) outcomes.stream().filter(o -> o.status() == BatchMailer.Status.SENT).count();
        sent += justSent;
        List<Outcome> shown = new ArrayList<>(failed);
        shown.addAll(unrecorded);
        failures.setItems(shown);
        failures.setVisible(!shown.isEmpty());
        pending = failed.stream().map(Outcome::recipient).toList();
        retry.setVisible(!pending.isEmpty());
        if (outcomes.size() < batch.size()) {
            summary.setText("Sending stopped unexpectedly after " + outcomes.size() + " of " + batch.size()
                    + ". Close this and check the campaign: requests not sent are still drafts.");
        } else if (failed.isEmpty() && unrecorded.isEmpty()) {
            summary.setText("All sent: " + sent + " requests. Their response clocks start today.");
        } else {
            summary.setText(sent + " sent; " + failed.size() + " not sent, listed below with the reason."
                    + (unrecorded.isEmpty() ? "" : " " + unrecorded.size() + " were sent but could not be recorded: don't send those again."));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
