package org.answerable.mail.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.answerable.mail.SendRefusedException;
import org.answerable.mail.SendingReadiness;

/** Why something can't be sent, with a link to where it is put right when the user can do that. */
final class SendingProblem {

    private SendingProblem() {
    }

    static Div of(SendingReadiness readiness) {
        Div problem = new Div(new Span(readiness.problem().orElse("") + " "));
        problem.addClassName("mail-problem");
        problem.setId("sending-problem");
        if (readiness.canConfigure()) {
            problem.add(new RouterLink("Set up the team's mailbox", MailSettingsView.class));
        }
        return problem;
    }

    static Div of(SendRefusedException refused) {
        Div problem = new Div(new Span(refused.getMessage() + " "));
        problem.addClassName("mail-problem");
        problem.setId("sending-problem");
        refused.authorityToFix().ifPresent(id -> problem.add(new Anchor("authorities", "Edit it in the authority directory")));
        return problem;
    }
}
