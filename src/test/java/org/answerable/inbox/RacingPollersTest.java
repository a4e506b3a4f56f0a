package org.answerable.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.answerable.account.SignedInUser;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.FoiRequest;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two pollers (as two app instances would run them) read the same mailbox at the same moment, each
 * on its own database connection and without the cluster lock: the unique key on the message still
 * lets only one of them file each message. Runs on H2, and on PostgreSQL in CI's PostgreSQL pass.
 */
@IntegrationTest
@Import(MailTeam.class)
class RacingPollersTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @Autowired MailTeam team;
    @Autowired MailboxPoller poller;
    @Autowired ReplyService replies;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void each_message_is_filed_once_however_two_instances_race() throws Exception {
        Mailbox mailbox = new Mailbox(greenMail);
        SignedInUser admin = team.withMailbox(mailbox);
        FoiRequest request = team.sentRequest("Raced request", team.authority("Race council"), null);
        int messages = 6;
        for (int i = 0; i < messages; i++) {
            mailbox.deliver("""
                    Message-ID: <race-%d@council>
                    From: foi@elsewhere.org
                    To: campaign@example.org
                    Subject: RE: letter %d [ANS-%d]
                    Date: %s
                    Content-Type: text/plain

                    Letter number %d.
                    """.formatted(i, i, request.getId(), Mailbox.now(), i));
        }

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<PollResult>> results = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            results.add(instances.submit(() -> {
                start.await();
                return poller.poll(admin.teamId());
            }));
        }
        int filed = 0;
        for (Future<PollResult> result : results) {
            filed += result.get().filed();
        }
        instances.shutdown();
        poller.poll(admin.teamId());

        assertThat(filed).as("filed by one instance or the other, never both").isLessThanOrEqualTo(messages);
        assertThat(jdbc.queryForObject("select count(*) from incoming_mail where team_id = ?", Long.class, admin.teamId()))
                .isEqualTo(messages);
        assertThat(replies.repliesTo(request.getId())).hasSize(messages);
        assertThat(mailbox.handledAndTotal()).containsExactly(messages, messages);
    }
}
