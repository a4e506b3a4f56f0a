package org.answerable.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import org.answerable.authority.Authority;
import org.answerable.authority.Regime;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.NotFoundException;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.answerable.timeline.TimelineEventType;
import org.answerable.timeline.TimelineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** A campaigner sends a draft request through the team's mailbox, here a real SMTP server in-process. */
@IntegrationTest
@Import(MailFixture.class)
class RequestMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MailFixture.MAILBOX, MailFixture.PASSWORD));

    @Autowired MailFixture fixture;
    @Autowired RequestMailer mailer;
    @Autowired RequestService requests;
    @Autowired TimelineService timelines;
    @Autowired SentMailRepository sentMail;
    @Autowired ReplyAddress replyAddress;
    @Autowired MailSettingsService settings;
    @Autowired TestUsers users;
    @Autowired Clock clock;

    MailFixture.MailTeam team;

    @BeforeEach
    void team() {
        team = fixture.newTeam();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private int port() {
        return smtp.getSmtp().getPort();
    }

    @Test
    void a_sent_request_reaches_the_authority_tagged_with_its_own_reply_address_and_starts_the_clock() throws Exception {
        fixture.configure(team, port(), MailFixture.PASSWORD, true);
        Authority council = fixture.authority("Leeds City Council", "foi@leeds.example.gov.uk");
        FoiRequest request = fixture.draft(council, Regime.FOIA);

        LetterDraft draft = mailer.draft(request.getId());
        SentLetter sent = mailer.send(request.getId(), draft.version(), draft.subject(), draft.body());

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(received.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("foi@leeds.example.gov.uk");
        assertThat(received.getFrom()[0].toString()).contains("Fostering Campaign").contains(MailFixture.MAILBOX);
        assertThat(received.getSubject()).isEqualTo("Freedom of Information request: Children in foster care [ANS-"
                + request.getId() + "]");
        String replyTo = received.getReplyTo()[0].toString();
        assertThat(replyTo).startsWith("campaign+ans-" + request.getId() + "-").endsWith("@example.org");
        assertThat(replyAddress.requestIdIn(replyTo)).contains(request.getId());
        assertThat(received.getMessageID()).isEqualTo(sent.messageId());
        String body = GreenMailUtil.getBody(received).replace("\r\n", "\n");
        assertThat(body).startsWith("Dear " + council.getOfficialName() + ",")
                .contains("Under the Freedom of Information Act 2000")
                .contains("1. How many children were in foster care on 31 March 2025?\n\n2. How many foster carers")
                .contains("Yours faithfully,\n\nSam Campaigner\nFostering Campaign");

        LocalDate today = LocalDate.now(clock);
        FoiRequest after = requests.get(request.getId());
        assertThat(after.getStatus()).isEqualTo(RequestStatus.AWAITING_RESPONSE);
        assertThat(after.getDateSent()).isEqualTo(today);
        assertThat(after.getDateReceived()).as("an email arrives the day it is sent").isEqualTo(today);
        assertThat(after.getResponseDue()).isAfter(today);
        assertThat(after.getRequestText()).isEqualTo(draft.body());
        assertThat(sentMail.findByTeamIdAndRequestIdOrderBySentAtAsc(after.getTeamId(), after.getId()))
                .singleElement().satisfies(letter -> {
                    assertThat(letter.getMessageId()).isEqualTo(received.getMessageID());
                    assertThat(letter.getReplyTo()).isEqualTo(replyTo);
                    assertThat(letter.getBody()).isEqualTo(draft.body());
                });
        var events = timelines.timelineOf(request.getId()).events();
        assertThat(events).first().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(TimelineEventType.SENT_BY_EMAIL);
            assertThat(event.getDate()).isEqualTo(today);
            assertThat(event.getNote()).contains("foi@leeds.example.gov.uk").contains(sent.messageId());
        });
    }

    @Test
    void the_users_edits_are_sent_and_the_tag_comes_back_if_they_removed_it() throws Exception {
        fixture.configure(team, port(), MailFixture.PASSWORD, false);
        FoiRequest request = fixture.draft(fixture.authority("Kent County Council", "foi@kent.example.gov.uk"), Regime.EIR);

        LetterDraft draft = mailer.draft(request.getId());
        assertThat(draft.body()).contains("Environmental Information Regulations 2004").contains("exception");
        assertThat(draft.replyTo()).as("no sub-addresses: no per-request reply address").isNull();
        mailer.send(request.getId(), draft.version(), "Foster care figures", draft.body().replace("Dear", "Hello"));

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Foster care figures [ANS-" + request.getId() + "]");
        assertThat(GreenMailUtil.getBody(received)).startsWith("Hello ");
        assertThat(received.getReplyTo()[0].toString()).contains(MailFixture.MAILBOX);
    }

    @Test
    void a_wrong_password_is_explained_and_the_request_stays_a_draft_with_nothing_recorded() {
        fixture.configure(team, port(), "not the password", false);
        FoiRequest request = fixture.draft(fixture.authority("York Council", "foi@york.example.gov.uk"), Regime.FOIA);
        LetterDraft draft = mailer.draft(request.getId());

        assertThatThrownBy(() -> mailer.send(request.getId(), draft.version(), draft.subject(), draft.body()))
                .isInstanceOfSatisfying(MailConnectionException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(MailFailure.Kind.AUTHENTICATION);
                    assertThat(e.getMessage()).contains("refused the username or password");
                });

        assertNothingSentOrRecorded(request);
    }

    @Test
    void an_unreachable_server_is_explained_and_the_request_stays_a_draft() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        fixture.configure(team, closedPort, MailFixture.PASSWORD, false);
        FoiRequest request = fixture.draft(fixture.authority("Hull Council", "foi@hull.example.gov.uk"), Regime.FOIA);
        LetterDraft draft = mailer.draft(request.getId());

        assertThatThrownBy(() -> mailer.send(request.getId(), draft.version(), draft.subject(), draft.body()))
                .isInstanceOfSatisfying(MailConnectionException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(MailFailure.Kind.CONNECTION);
                    assertThat(e.getMessage()).contains("could not connect to the mail server localhost (port " + closedPort);
                });
        assertNothingSentOrRecorded(request);
    }

    @Test
    void an_authority_without_an_foi_email_is_refused_before_anything_is_sent() {
        fixture.configure(team, port(), MailFixture.PASSWORD, false);
        Authority council = fixture.authority("Nowhere Council", null);
        FoiRequest request = fixture.draft(council, Regime.FOIA);

        assertThatThrownBy(() -> mailer.draft(request.getId()))
                .isInstanceOfSatisfying(SendRefusedException.class, e -> {
                    assertThat(e.getMessage()).contains("no FOI email address for " + council.getOfficialName());
                    assertThat(e.authorityToFix()).contains(council.getId());
                });
        assertNothingSentOrRecorded(request);
    }

    @Test
    void a_request_is_sent_once_and_an_edit_made_meanwhile_is_not_overwritten() {
        fixture.configure(team, port(), MailFixture.PASSWORD, false);
        FoiRequest request = fixture.draft(fixture.authority("Bath Council", "foi@bath.example.gov.uk"), Regime.FOIA);
        LetterDraft draft = mailer.draft(request.getId());
        RequestDraft edit = RequestDraft.of(requests.get(request.getId()));
        edit.setTitle("Children in foster care, by age");
        requests.update(request.getId(), edit);

        assertThatThrownBy(() -> mailer.send(request.getId(), draft.version(), draft.subject(), draft.body()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        LetterDraft fresh = mailer.draft(request.getId());
        mailer.send(request.getId(), fresh.version(), fresh.subject(), fresh.body());
        assertThatThrownBy(() -> mailer.sendAsComposed(request.getId()))
                .isInstanceOf(SendRefusedException.class).hasMessageContaining("already been sent");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_viewer_cannot_send_and_nobody_can_send_another_teams_request() {
        fixture.configure(team, port(), MailFixture.PASSWORD, false);
        FoiRequest request = fixture.draft(fixture.authority("Derby Council", "foi@derby.example.gov.uk"), Regime.FOIA);

        MailFixture.MailTeam other = fixture.newTeam();
        fixture.configure(other, port(), MailFixture.PASSWORD, false);
        assertThatThrownBy(() -> mailer.draft(request.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mailer.send(request.getId(), request.getVersion(), "s", "b"))
                .isInstanceOf(NotFoundException.class);

        users.signInNew(org.answerable.account.Role.VIEWER);
        assertThatThrownBy(() -> mailer.draft(request.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void without_a_mail_account_the_send_control_says_what_is_missing() {
        users.signIn(team.member());
        assertThat(settings.sendingReadiness().problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("no outgoing mail account").contains("Ask an administrator"));
        users.signIn(team.admin());
        assertThat(settings.sendingReadiness().canConfigure()).isTrue();
        FoiRequest request = fixture.draft(fixture.authority("Bury Council", "foi@bury.example.gov.uk"), Regime.FOIA);
        assertThatThrownBy(() -> mailer.draft(request.getId())).isInstanceOf(SendRefusedException.class)
                .hasMessageContaining("no outgoing mail account");
    }

    private void assertNothingSentOrRecorded(FoiRequest request) {
        FoiRequest after = requests.get(request.getId());
        assertThat(after.getStatus()).isEqualTo(RequestStatus.DRAFT);
        assertThat(after.getDateSent()).isNull();
        assertThat(sentMail.findByTeamIdAndRequestIdOrderBySentAtAsc(after.getTeamId(), after.getId())).isEmpty();
        assertThat(timelines.timelineOf(request.getId()).events()).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
