package org.answerable.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityForm;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Nation;
import org.answerable.authority.Regime;
import org.answerable.mail.MailSettingsService;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.support.TestUsers;
import org.springframework.boot.test.context.TestComponent;

/** A fresh team whose admin has set up the mailbox, with requests sent ten days ago. */
@TestComponent
class MailTeam {

    private final TestUsers users;
    private final MailSettingsService settings;
    private final AuthorityService authorities;
    private final RequestService requests;

    MailTeam(TestUsers users, MailSettingsService settings, AuthorityService authorities, RequestService requests) {
        this.users = users;
        this.settings = settings;
        this.authorities = authorities;
        this.requests = requests;
    }

    /** Signs in the new team's admin and saves the mailbox settings. */
    SignedInUser withMailbox(Mailbox mailbox) {
        SignedInUser admin = users.signInNew(Role.ADMIN);
        settings.save(mailbox.settings());
        return admin;
    }

    void saveSettings(org.answerable.mail.MailSettingsForm form) {
        form.setVersion(settings.current().getVersion());
        settings.save(form);
    }

    /** A new authority whose FOI email is at its own domain; returns that domain. */
    Authority authority(String name) {
        String unique = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        AuthorityForm form = new AuthorityForm();
        form.setOfficialName(name + " " + unique);
        form.setNation(Nation.ENGLAND);
        form.setDefaultRegime(Regime.FOIA);
        form.setFoiEmail("foi@" + unique + ".gov.uk");
        return authorities.create(form);
    }

    FoiRequest sentRequest(String title, Authority authority, String reference) {
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(authority);
        draft.setRegime(Regime.FOIA);
        draft.setDateSent(LocalDate.now().minusDays(10));
        draft.setAuthorityReference(reference);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many children were assessed at risk?")));
        return requests.create(draft);
    }

    static String domainOf(Authority authority) {
        return authority.getFoiEmail().substring(authority.getFoiEmail().indexOf('@') + 1);
    }
}
