package org.answerable.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** An administrator sets up the team's mailbox and tests it against real SMTP and IMAP servers. */
@IntegrationTest
@Import(MailFixture.class)
class MailSettingsServiceTest {

    @RegisterExtension
    static GreenMailExtension servers = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MailFixture.MAILBOX, MailFixture.PASSWORD));

    @Autowired MailFixture fixture;
    @Autowired MailSettingsService settings;
    @Autowired MailAccounts accounts;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    MailFixture.MailTeam team;

    @BeforeEach
    void signInAdmin() {
        team = fixture.newTeam();
        users.signIn(team.admin());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void passwords_are_stored_encrypted_shown_only_as_set_and_kept_when_left_blank() {
        Long teamId = users.signIn(team.admin()).teamId();
        MailSettingsForm saved = settings.save(incoming(MailFixture.outgoing(smtpPort(), MailFixture.PASSWORD)));

        assertThat(saved.isSmtpPasswordSet()).isTrue();
        assertThat(saved.isImapPasswordSet()).isTrue();
        assertThat(saved.getSmtpPassword()).isNull();
        String stored = jdbc.queryForObject("select smtp_password_enc from team_mail_settings where team_id = ?",
                String.class, teamId);
        assertThat(stored).startsWith("v1:").doesNotContain(MailFixture.PASSWORD);
        assertThat(settings.current().toString()).doesNotContain(MailFixture.PASSWORD);

        saved.setFromName("Renamed Campaign");
        MailSettingsForm again = settings.save(saved);
        assertThat(accounts.outgoing(teamId).orElseThrow().password()).isEqualTo(MailFixture.PASSWORD);
        assertThat(accounts.outgoing(teamId).orElseThrow().toString()).doesNotContain(MailFixture.PASSWORD);
        assertThat(accounts.incoming(teamId).orElseThrow().password()).isEqualTo(MailFixture.PASSWORD);
        assertThat(again.getFromName()).isEqualTo("Renamed Campaign");
        assertThat(accounts.teamsWithIncomingMail()).contains(teamId);
    }

    @Test
    void testing_finds_the_servers_and_explains_a_wrong_password_host_or_tls_setting() {
        MailSettingsForm form = incoming(MailFixture.outgoing(smtpPort(), MailFixture.PASSWORD));
        assertThat(settings.testOutgoing(form)).contains("Connected to localhost");
        assertThat(settings.testIncoming(form)).contains("found the folder \"INBOX\"");

        form.setSmtpPassword("wrong");
        form.setImapPassword("wrong");
        assertFailure(() -> settings.testOutgoing(form), MailFailure.Kind.AUTHENTICATION, "refused the username or password");
        assertFailure(() -> settings.testIncoming(form), MailFailure.Kind.AUTHENTICATION, "refused the username or password");

        MailSettingsForm tls = incoming(MailFixture.outgoing(smtpPort(), MailFixture.PASSWORD));
        tls.setSmtpSecurity(MailSecurity.TLS);
        assertFailure(() -> settings.testOutgoing(tls), MailFailure.Kind.TLS, "secure (TLS) connection");

        MailSettingsForm nowhere = MailFixture.outgoing(smtpPort(), MailFixture.PASSWORD);
        nowhere.setSmtpHost("no-such-host.invalid");
        assertFailure(() -> settings.testOutgoing(nowhere), MailFailure.Kind.UNKNOWN_HOST,
                "no mail server called \"no-such-host.invalid\"");

        MailSettingsForm folder = incoming(MailFixture.outgoing(smtpPort(), MailFixture.PASSWORD));
        folder.setImapFiledFolder("Filed FOI");
        assertFailure(() -> settings.testIncoming(folder), MailFailure.Kind.FOLDER, "no folder called \"Filed FOI\"");
    }

    @Test
    void bad_input_is_named_by_field_and_nothing_is_saved() {
        MailSettingsForm form = MailFixture.outgoing(smtpPort(), MailFixture.PASSWORD);
        form.setFromAddress("not an address");
        assertField(() -> settings.save(form), "fromAddress", "is not an email address");
        form.setFromAddress(MailFixture.MAILBOX);
        form.setSmtpPort(70_000);
        assertField(() -> settings.save(form), "smtpPort", "1 to 65535");
        form.setSmtpPort(25);
        form.setSmtpPassword(null);
        assertField(() -> settings.save(form), "smtpPassword", "Enter the password");
        MailSettingsForm polling = incoming(MailFixture.outgoing(25, "x"));
        polling.setPollMinutes(0);
        assertField(() -> settings.save(polling), "pollMinutes", "every 1 to");

        assertThat(settings.current().getSmtpHost()).isNull();
    }

    @Test
    void two_administrators_saving_at_once_do_not_overwrite_each_other() {
        MailSettingsForm first = settings.save(MailFixture.outgoing(smtpPort(), MailFixture.PASSWORD));
        MailSettingsForm stale = settings.current();
        first.setFromName("First admin's change");
        settings.save(first);

        stale.setFromName("Second admin's change");
        assertThatThrownBy(() -> settings.save(stale)).isInstanceOf(ConcurrentEditException.class);
        assertThat(settings.current().getFromName()).isEqualTo("First admin's change");
    }

    @Test
    void members_send_but_only_administrators_see_or_change_the_settings_and_never_another_teams() {
        settings.save(MailFixture.outgoing(smtpPort(), MailFixture.PASSWORD));

        users.signIn(team.member());
        assertThat(settings.sendingReadiness().isReady()).isTrue();
        assertThatThrownBy(() -> settings.current()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.save(new MailSettingsForm())).isInstanceOf(AccessDeniedException.class);

        users.signIn(fixture.newTeam().admin());
        assertThat(settings.current().getSmtpHost()).as("another team's administrator sees an empty form").isNull();
        assertThat(settings.sendingReadiness().isReady()).isFalse();
    }

    private int smtpPort() {
        return servers.getSmtp().getPort();
    }

    private MailSettingsForm incoming(MailSettingsForm form) {
        form.setImapHost("localhost");
        form.setImapPort(servers.getImap().getPort());
        form.setImapSecurity(MailSecurity.NONE);
        form.setImapUsername(MailFixture.MAILBOX);
        form.setImapPassword(MailFixture.PASSWORD);
        return form;
    }

    private static void assertFailure(Runnable test, MailFailure.Kind kind, String message) {
        assertThatThrownBy(test::run).isInstanceOfSatisfying(MailConnectionException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static void assertField(Runnable save, String field, String message) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
