package org.answerable.mail;

import java.util.List;
import java.util.UUID;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityForm;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Nation;
import org.answerable.authority.Regime;
import org.answerable.request.Channel;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.support.TestUsers;
import org.springframework.boot.test.context.TestComponent;

/** A team with an administrator and a member, its mailbox on a GreenMail server, and draft requests. */
@TestComponent
class MailFixture {

    static final String MAILBOX = "campaign@example.org";
    static final String PASSWORD = "mailbox password";

    record MailTeam(String admin, String member) {
    }

    private final TestUsers users;
    private final MailSettingsService settings;
    private final AuthorityService authorities;
    private final RequestService requests;

    MailFixture(TestUsers users, MailSettingsService settings, AuthorityService authorities, RequestService requests) {
        this.users = users;
        this.settings = settings;
        this.authorities = authorities;
        this.requests = requests;
    }

    MailTeam newTeam() {
        String team = "mail-team-" + UUID.randomUUID();
        return new MailTeam(users.createInTeam(Role.ADMIN, team), users.createInTeam(Role.MEMBER, team));
    }

    /** The administrator saves an outgoing account on the given SMTP port; the member is then signed in. */
    MailSettingsForm configure(MailTeam team, int smtpPort, String password, boolean subAddressing) {
        users.signIn(team.admin());
        MailSettingsForm form = outgoing(smtpPort, password);
        form.setSubAddressing(subAddressing);
        MailSettingsForm saved = settings.save(form);
        users.signIn(team.member());
        return saved;
    }

    static MailSettingsForm outgoing(int smtpPort, String password) {
        MailSettingsForm form = new MailSettingsForm();
        form.setSmtpHost("localhost");
        form.setSmtpPort(smtpPort);
        form.setSmtpSecurity(MailSecurity.NONE);
        form.setSmtpUsername(MAILBOX);
        form.setSmtpPassword(password);
        form.setFromAddress(MAILBOX);
        form.setFromName("Fostering Campaign");
        form.setSignature("Sam Campaigner\nFostering Campaign");
        return form;
    }

    /** An authority of its own, so tests may change its FOI email freely. */
    Authority authority(String name, String foiEmail) {
        AuthorityForm form = new AuthorityForm();
        form.setOfficialName(name + " " + UUID.randomUUID().toString().substring(0, 8));
        form.setNation(Nation.ENGLAND);
        form.setDefaultRegime(Regime.FOIA);
        form.setFoiEmail(foiEmail);
        return authorities.create(form);
    }

    Authority fixEmail(Authority authority, String foiEmail) {
        AuthorityForm form = AuthorityForm.of(authorities.find(authority.getId()).orElseThrow());
        form.setFoiEmail(foiEmail);
        return authorities.update(authority.getId(), form);
    }

    FoiRequest draft(Authority authority, Regime regime) {
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Children in foster care");
        draft.setAuthority(authority);
        draft.setRegime(regime);
        draft.setChannel(Channel.EMAIL);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many children were in foster care on 31 March 2025?"),
                new QuestionDraft("2", "How many foster carers were approved in 2024-25?")));
        return requests.create(draft);
    }
}
