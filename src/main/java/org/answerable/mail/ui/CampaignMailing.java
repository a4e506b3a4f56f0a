package org.answerable.mail.ui;

import java.util.List;
import org.answerable.mail.BatchMailer;
import org.answerable.mail.BatchMailer.Recipient;
import org.answerable.mail.MailSettingsService;
import org.answerable.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The campaign page's way in to sending its selected requests by email. */
@Component
public class CampaignMailing {

    private final BatchMailer mailer;
    private final CurrentUser currentUser;
    private final MailSettingsService settings;

    CampaignMailing(BatchMailer mailer, CurrentUser currentUser, MailSettingsService settings) {
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    /**
     * Opens the sending dialog for the selected requests that are still drafts.
     *
     * @param alreadySent how many selected requests were left out as already sent
     * @param onClosed run when the dialog closes, to show the new state
     */
    public void open(List<Recipient> drafts, int alreadySent, Runnable onClosed) {
        new CampaignSendDialog(mailer, currentUser, settings.sendingReadiness(), drafts, alreadySent, onClosed).open();
    }
}
