package org.answerable.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.answerable.mail.MailSettingsService;
import org.answerable.mail.RequestMailer;
import org.answerable.mail.SendingReadiness;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestStatus;
import org.answerable.request.ui.RequestPageSection;

/** "Send by email" on a draft request, or what stops it being sent. */
@org.springframework.stereotype.Component
class SendByEmailSection implements RequestPageSection {

    private final MailSettingsService settings;
    private final RequestMailer mailer;

    SendByEmailSection(MailSettingsService settings, RequestMailer mailer) {
        this.settings = settings;
        this.mailer = mailer;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Component create(FoiRequest request, boolean canEdit) {
        Div section = new Div();
        section.setId("send-by-email");
        if (!canEdit || request.getStatus() != RequestStatus.DRAFT) {
            section.setVisible(false);
            return section;
        }
        SendingReadiness readiness = settings.sendingReadiness();
        Div problems = new Div();
        Button send = new Button("Send by email…", e -> SendRequestDialog.open(mailer, request.getId(), problems));
        send.setId("send-by-email-button");
        send.setEnabled(readiness.isReady());
        section.add(send, problems);
        if (!readiness.isReady()) {
            problems.add(SendingProblem.of(readiness));
        }
        return section;
    }
}
