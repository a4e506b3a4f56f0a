package org.answerable.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.answerable.account.SignedInUser;
import org.answerable.authority.Authority;
import org.answerable.mail.ReplyAddress;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Replies delivered to a real IMAP mailbox (GreenMail) and read by the poller, end to end. */
@IntegrationTest
@Import(MailTeam.class)
class MailReceivingTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(com.icegreen.greenmail.util.ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @Autowired MailTeam team;
    @Autowired MailPolling polling;
    @Autowired MailboxPoller poller;
    @Autowired ReplyService replies;
    @Autowired ReplyAddress replyAddress;
    @Autowired MailFilingRepository filings;
    @Autowired IncomingMailRepository mails;
    @Autowired JdbcTemplate jdbc;

    Mailbox mailbox;
    SignedInUser admin;
    Authority leicester;
    Authority york;
    Authority leeds;
    FoiRequest children;
    FoiRequest budget;
    FoiRequest leedsOne;
    FoiRequest leedsTwo;

    @BeforeEach
    void teamWithMailbox() {
        mailbox = new Mailbox(greenMail);
        admin = team.withMailbox(mailbox);
        leicester = team.authority("Leicester");
        york = team.authority("York");
        leeds = team.authority("Leeds");
        children = team.sentRequest("Children at risk", leicester, null);
        budget = team.sentRequest("Social care budget", york, "FOI651119421");
        leedsOne = team.sentRequest("Leeds one", leeds, null);
        leedsTwo = team.sentRequest("Leeds two", leeds, null);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private PollResult poll() {
        return polling.pollNow(admin.teamId()).orElseThrow();
    }

    private static String letter(String headers, String body) {
        return headers.strip() + "\nDate: " + Mailbox.now() + "\nContent-Type: text/plain; charset=UTF-8\n\n" + body + "\n";
    }

    private Map<Long, List<MailFiling>> filedOn(FoiRequest... requests) {
        java.util.Map<Long, List<MailFiling>> result = new java.util.HashMap<>();
        for (FoiRequest r : requests) {
            result.put(r.getId(), filings.findByTeamIdAndRequestIdOrderByFiledAtAscIdAsc(admin.teamId(), r.getId()));
        }
        return result;
    }

    @Test
    void replies_are_matched_by_each_rule_and_the_rule_is_recorded() {
        jdbc.update("insert into sent_mail (team_id, request_id, message_id, to_address, subject, body, sent_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", admin.teamId(), budget.getId(), "<sent-budget@answerable>",
                york.getFoiEmail(), "FOI request", "Dear York", java.sql.Timestamp.from(Instant.now()));
        mailbox.deliver(letter("""
                Message-ID: <r0@leicester>
                From: foi@elsewhere.org
                To: %s
                Subject: Your request""".formatted(replyAddress.forRequest(Mailbox.ADDRESS, children.getId())),
                "Thank you for your request. It has been logged and we will respond within 20 working days."));
        mailbox.deliver(letter("""
                Message-ID: <r1@york>
                In-Reply-To: <sent-budget@answerable>
                From: someone@elsewhere.org
                To: campaign@example.org
                Subject: RE: FOI request""", "Please find attached our response. We hold the information requested."));
        mailbox.deliver(letter("""
                Message-ID: <r2@leeds>
                From: foi@elsewhere.org
                To: campaign@example.org
                Subject: RE: Leeds one [ANS-%d]""".formatted(leedsOne.getId()), "We need to clarify what you mean."));
        mailbox.deliver(letter("""
                Message-ID: <r3@york>
                From: foi@elsewhere.org
                To: campaign@example.org
                Subject: Your request FOI651119421""", "Our letter."));
        mailbox.deliver(letter("""
                Message-ID: <r4@leicester>
                From: records@%s
                To: campaign@example.org
                Subject: A letter""".formatted(MailTeam.domainOf(leicester)), "A letter about your request."));

        PollResult result = poll();

        assertThat(result.filed()).isEqualTo(5);
        assertThat(result.problems()).isEmpty();
        Map<Long, List<MailFiling>> filed = filedOn(children, budget, leedsOne);
        assertThat(filed.get(children.getId())).extracting(MailFiling::getRule)
                .containsExactly(MatchRule.REPLY_ADDRESS, MatchRule.SENDER_DOMAIN);
        assertThat(filed.get(budget.getId())).extracting(MailFiling::getRule)
                .containsExactly(MatchRule.IN_REPLY_TO, MatchRule.AUTHORITY_REFERENCE);
        assertThat(filed.get(leedsOne.getId())).extracting(MailFiling::getRule).containsExactly(MatchRule.SUBJECT_TAG);
        assertThat(replies.repliesTo(children.getId())).extracting(Reply::getType)
                .containsExactly(ReplyType.ACKNOWLEDGEMENT, ReplyType.OTHER);
        assertThat(replies.repliesTo(budget.getId())).extracting(Reply::getType).contains(ReplyType.RESPONSE);
        assertThat(replies.repliesTo(leedsOne.getId())).singleElement().satisfies(reply -> {
            assertThat(reply.getType()).isEqualTo(ReplyType.CLARIFICATION_REQUEST);
            assertThat(reply.getLetterText()).contains("We need to clarify what you mean.");
        });
        assertThat(mailbox.handledAndTotal()).containsExactly(5, 5);
    }

    @Test
    void mail_naming_no_request_or_several_waits_in_the_inbox_with_the_reason() {
        mailbox.deliver(letter("""
                Message-ID: <spam@shop>
                From: offers@shop.example
                To: campaign@example.org
                Subject: Big sale""", "Buy now"));
        mailbox.deliver(letter("""
                Message-ID: <leeds@leeds>
                From: foi@%s
                To: campaign@example.org
                Subject: Your request""".formatted(MailTeam.domainOf(leeds)), "Which of your requests is this?"));

        PollResult result = poll();

        assertThat(result.toInbox()).isEqualTo(2);
        List<IncomingMail> inbox = mails.findByTeamIdAndStateOrderByReceivedAtDescIdDesc(admin.teamId(),
                IncomingMail.State.INBOX, PageRequest.of(0, 10));
        assertThat(inbox).extracting(IncomingMail::getInboxReason).containsExactlyInAnyOrder(
                "Nothing in it names one of the team's requests.",
                "It could belong to more than one request: 2 open requests went to authorities at "
                        + MailTeam.domainOf(leeds) + ".");
        assertThat(replies.repliesTo(leedsOne.getId())).isEmpty();
        assertThat(mailbox.handledAndTotal()).containsExactly(2, 2);
    }

    @Test
    void one_letter_answering_several_requests_is_filed_on_each() {
        mailbox.deliver(letter("""
                Message-ID: <campaign-answer@leeds>
                From: foi@%s
                To: %s, %s
                Subject: Your two requests""".formatted(MailTeam.domainOf(leeds),
                replyAddress.forRequest(Mailbox.ADDRESS, leedsOne.getId()),
                replyAddress.forRequest(Mailbox.ADDRESS, leedsTwo.getId())), "Please find attached our response."));

        assertThat(poll().filed()).isEqualTo(1);

        assertThat(replies.repliesTo(leedsOne.getId())).hasSize(1);
        assertThat(replies.repliesTo(leedsTwo.getId())).hasSize(1);
    }

    @Test
    void attachments_are_stored_and_their_text_is_searchable() {
        mailbox.deliver("""
                Message-ID: <att@leicester>
                From: foi@%s
                To: campaign@example.org
                Subject: RE: Children at risk [ANS-%d]
                Date: %s
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/html; charset=UTF-8

                <p>Please find attached our response.</p>
                --b
                Content-Type: text/plain; name="figures.txt"
                Content-Disposition: attachment; filename="figures.txt"

                Referrals for exploitation 2024: quokkaborough district 17
                --b
                Content-Type: image/png; name="logo.png"
                Content-Disposition: inline; filename="logo.png"
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --b--
                """.formatted(MailTeam.domainOf(leicester), children.getId(), Mailbox.now()));

        poll();

        Reply reply = replies.repliesTo(children.getId()).getFirst();
        assertThat(reply.getLetterText()).contains("Please find attached our response.").doesNotContain("<p>");
        assertThat(reply.getAttachments()).extracting(a -> a.getFileName()).containsExactly("figures.txt");
        assertThat(replies.search("quokkaborough")).extracting(Reply::getId).containsExactly(reply.getId());
        assertThat(filedOn(children).get(children.getId()).getFirst().getNote()).contains("Not kept", "logo.png");
    }

    @Test
    void a_bounce_is_shown_on_its_request_as_not_delivered_and_is_no_reply() {
        jdbc.update("insert into sent_mail (team_id, request_id, message_id, to_address, subject, body, sent_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", admin.teamId(), children.getId(), "<sent-children@answerable>",
                leicester.getFoiEmail(), "FOI request", "Dear Leicester", java.sql.Timestamp.from(Instant.now()));
        mailbox.deliver("""
                Message-ID: <bounce@mx>
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: campaign@example.org
                Subject: Undelivered Mail Returned to Sender
                Date: %s
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: text/plain

                Your message could not be delivered: 550 5.1.1 User unknown.
                --r
                Content-Type: message/delivery-status

                Final-Recipient: rfc822; %s
                Status: 5.1.1
                --r
                Content-Type: text/rfc822-headers

                Message-ID: <sent-children@answerable>
                Subject: Freedom of Information request
                --r--
                """.formatted(Mailbox.now(), leicester.getFoiEmail()));

        poll();

        assertThat(replies.repliesTo(children.getId())).isEmpty();
        assertThat(filedOn(children).get(children.getId())).singleElement().satisfies(filing -> {
            assertThat(filing.getMail().getKind()).isEqualTo(MailKind.BOUNCE);
            assertThat(filing.getRule()).isEqualTo(MatchRule.IN_REPLY_TO);
            assertThat(filing.getMail().getBodyText()).contains("User unknown");
        });
    }

    @Test
    void an_out_of_office_is_kept_on_the_request_but_never_counts_as_a_response() {
        mailbox.deliver(letter("""
                Message-ID: <ooo@york>
                From: officer@%s
                To: campaign@example.org
                Auto-Submitted: auto-replied
                Subject: Automatic reply: FOI request [ANS-%d]""".formatted(MailTeam.domainOf(york), budget.getId()),
                "I am out of the office until Monday. Please find attached nothing."));

        poll();

        assertThat(replies.repliesTo(budget.getId())).isEmpty();
        assertThat(filedOn(budget).get(budget.getId())).singleElement()
                .satisfies(f -> assertThat(f.getMail().getKind()).isEqualTo(MailKind.AUTOMATIC_REPLY));
    }

    @Test
    void a_message_delivered_twice_is_filed_once_with_or_without_a_message_id() {
        String withId = letter("""
                Message-ID: <twice@leicester>
                From: foi@elsewhere.org
                To: campaign@example.org
                Subject: RE: [ANS-%d]""".formatted(children.getId()), "Our response.");
        String withoutId = letter("""
                From: foi@elsewhere.org
                To: campaign@example.org
                Subject: RE: no id [ANS-%d]""".formatted(children.getId()), "Another letter.");
        mailbox.deliver(withId);
        mailbox.deliver(withoutId);
        poll();
        mailbox.deliver(withId);
        mailbox.deliver(withoutId);

        PollResult second = poll();

        assertThat(second.alreadyFiled()).isEqualTo(2);
        assertThat(replies.repliesTo(children.getId())).hasSize(2);
        assertThat(mailbox.handledAndTotal()).containsExactly(4, 4);
    }

    @Test
    void a_crash_between_the_database_commit_and_the_server_mark_files_the_message_once() {
        mailbox.deliver(letter("""
                Message-ID: <crash@leicester>
                From: foi@elsewhere.org
                To: campaign@example.org
                Subject: RE: [ANS-%d]""".formatted(children.getId()), "Please find attached our response."));

        PollResult crashed = poller.poll(admin.teamId(), (folder, message, account) -> {
            throw new IllegalStateException("the app instance died here");
        });
        assertThat(crashed.filed()).isEqualTo(1);
        assertThat(crashed.problems()).singleElement().asString().contains("stays in the mailbox");
        assertThat(mailbox.handledAndTotal()).containsExactly(0, 1);

        PollResult next = poll();

        assertThat(next.alreadyFiled()).isEqualTo(1);
        assertThat(replies.repliesTo(children.getId())).hasSize(1);
        assertThat(mailbox.handledAndTotal()).containsExactly(1, 1);
    }

    @Test
    void malformed_mime_is_filed_with_what_could_be_read_and_the_next_message_still_comes_in() {
        mailbox.deliver("""
                Message-ID: <broken@leicester>
                From: foi@elsewhere.org
                To: campaign@example.org
                Subject: RE: broken [ANS-%d]
                Date: %s
                Content-Type: multipart/mixed; boundary="never-used"

                The boundaries are gone but the words of the response remain.
                """.formatted(children.getId(), Mailbox.now()));
        mailbox.deliver(letter("""
                Message-ID: <fine@york>
                From: foi@elsewhere.org
                To: campaign@example.org
                Subject: RE: [ANS-%d]""".formatted(budget.getId()), "Our response."));

        PollResult result = poll();

        assertThat(result.filed()).isEqualTo(2);
        assertThat(replies.repliesTo(children.getId())).singleElement()
                .satisfies(r -> assertThat(r.getLetterText()).contains("the words of the response remain"));
        assertThat(filedOn(children).get(children.getId()).getFirst().getNote()).contains("could not be read");
        assertThat(replies.repliesTo(budget.getId())).hasSize(1);
    }

    @Test
    void mail_tagged_with_another_teams_request_is_never_filed_to_it() {
        SignedInUser ours = admin;
        Mailbox otherBox = new Mailbox(greenMail);
        TestUsers.signOut();
        SignedInUser otherAdmin = team.withMailbox(otherBox);
        FoiRequest theirs = team.sentRequest("Their request", team.authority("Their council"), null);
        TestUsers.signOut();
        mailbox.deliver(letter("""
                Message-ID: <wrong-team@x>
                From: foi@elsewhere.org
                To: %s
                Subject: RE: [ANS-%d]""".formatted(replyAddress.forRequest(Mailbox.ADDRESS, theirs.getId()), theirs.getId()),
                "Meant for another team."));

        PollResult result = polling.pollNow(ours.teamId()).orElseThrow();

        assertThat(result.toInbox()).isEqualTo(1);
        assertThat(filings.findByTeamIdAndRequestIdOrderByFiledAtAscIdAsc(otherAdmin.teamId(), theirs.getId())).isEmpty();
        assertThat(filings.findByTeamIdAndRequestIdOrderByFiledAtAscIdAsc(ours.teamId(), theirs.getId())).isEmpty();
    }

    @Test
    void a_wrong_password_is_reported_in_words_and_nothing_is_read() {
        greenMail.setUser("other@example.org", Mailbox.USERNAME + "-x", "right");
        org.answerable.mail.MailSettingsForm form = mailbox.settings();
        form.setImapUsername(Mailbox.USERNAME + "-x");
        form.setImapPassword("wrong password");
        team.saveSettings(form);

        PollResult result = poll();

        assertThat(result.reached()).isFalse();
        assertThat(result.summary()).contains("refused the username or password");
    }

    @Test
    void a_30_mb_message_is_filed_with_its_text_and_names_the_file_too_large_to_keep() {
        byte[] scan = new byte[22 * 1024 * 1024];
        new java.util.Random(7).nextBytes(scan);
        String encoded = java.util.Base64.getMimeEncoder().encodeToString(scan);
        mailbox.deliver(("""
                Message-ID: <big@leicester>
                From: foi@elsewhere.org
                To: campaign@example.org
                Subject: RE: big [ANS-%d]
                Date: %s
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                Please find attached our response: the scanned files.
                --b
                Content-Type: application/pdf; name="scan.pdf"
                Content-Disposition: attachment; filename="scan.pdf"
                Content-Transfer-Encoding: base64

                """.formatted(children.getId(), Mailbox.now()) + encoded + "\n--b--\n"));

        PollResult result = poll();

        assertThat(result.filed()).isEqualTo(1);
        assertThat(replies.repliesTo(children.getId())).singleElement()
                .satisfies(r -> assertThat(r.getLetterText()).contains("the scanned files"));
        assertThat(filedOn(children).get(children.getId()).getFirst().getNote())
                .contains("Not kept", "scan.pdf", "attachments can be at most");
    }

    @Test
    void a_message_over_the_download_limit_waits_in_the_inbox_unread_with_the_reason(
            @Autowired org.answerable.mail.MailAccounts accounts, @Autowired org.answerable.mail.MailConnections connections,
            @Autowired MailFiler filer, @Autowired org.answerable.security.CurrentUser currentUser) {
        mailbox.deliver(letter("""
                Message-ID: <huge@leicester>
                From: foi@elsewhere.org
                To: campaign@example.org
                Subject: RE: huge [ANS-%d]""".formatted(children.getId()), "x".repeat(5000)));
        MailboxPoller smallLimit = new MailboxPoller(accounts, connections, filer, currentUser, 2000,
                java.time.Clock.systemDefaultZone());

        PollResult result = smallLimit.poll(admin.teamId());

        assertThat(result.toInbox()).isEqualTo(1);
        assertThat(mails.findByTeamIdAndStateOrderByReceivedAtDescIdDesc(admin.teamId(), IncomingMail.State.INBOX,
                PageRequest.of(0, 10))).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("RE: huge [ANS-" + children.getId() + "]");
            assertThat(mail.getInboxReason()).contains("more than Answerable reads", "record it on its request by hand");
        });
        assertThat(mailbox.handledAndTotal()).containsExactly(1, 1);
    }

    @Test
    void a_letter_the_clock_would_refuse_is_filed_as_another_letter_with_the_reason() {
        mailbox.deliver(letter("""
                Message-ID: <first@york>
                From: foi@elsewhere.org
                To: campaign@example.org
                Subject: RE: [ANS-%d]""".formatted(budget.getId()), "Please find attached our response. We hold the information requested."));
        poll();
        mailbox.deliver(letter("""
                Message-ID: <second@york>
                From: foi@elsewhere.org
                To: campaign@example.org
                Subject: RE: [ANS-%d] more""".formatted(budget.getId()), "Please find attached our response. We hold more information."));

        poll();

        assertThat(replies.repliesTo(budget.getId())).extracting(Reply::getType)
                .containsExactly(ReplyType.RESPONSE, ReplyType.OTHER);
        assertThat(filedOn(budget).get(budget.getId()).get(1).getNote()).contains("It reads like \"Response");
    }
}
