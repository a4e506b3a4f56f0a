package org.answerable.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.answerable.authority.AuthorityForm;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Nation;
import org.answerable.authority.Regime;
import org.answerable.mail.MailSecurity;
import org.answerable.mail.MailSettingsForm;
import org.answerable.mail.MailSettingsService;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two reminder jobs (as two app instances would run them) at the same moment, each on its own
 * database connection and without the cluster lock: each person still gets one digest a day.
 */
@IntegrationTest
class RacingReminderJobsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @Autowired TestUsers users;
    @Autowired MailSettingsService mailSettings;
    @Autowired AuthorityService authorities;
    @Autowired RequestService requests;
    @Autowired ReminderService reminders;
    @Autowired ReminderJob job;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void one_digest_per_person_per_day_however_two_instances_race() throws Exception {
        SignedInUser admin = users.signInNew(Role.ADMIN);
        MailSettingsForm form = new MailSettingsForm();
        form.setSmtpHost("127.0.0.1");
        form.setSmtpPort(greenMail.getSmtp().getPort());
        form.setSmtpSecurity(MailSecurity.NONE);
        form.setFromAddress("campaign@example.org");
        mailSettings.save(form);
        AuthorityForm council = new AuthorityForm();
        council.setOfficialName("Race Council " + UUID.randomUUID());
        council.setNation(Nation.ENGLAND);
        council.setDefaultRegime(Regime.FOIA);
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Overdue request");
        draft.setAuthority(authorities.create(council));
        draft.setRegime(Regime.FOIA);
        draft.setDateSent(LocalDate.now().minusDays(45));
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        requests.create(draft);
        String address = "racer-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        reminders.save(new ReminderSettings(address, true, LocalTime.MIDNIGHT, false, 3, 0));
        TestUsers.signOut();

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            runs.add(instances.submit(() -> {
                start.await();
                return job.sendDue();
            }));
        }
        for (Future<Integer> run : runs) {
            run.get();
        }
        instances.shutdown();
        job.sendDue();

        long digests = java.util.Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address) && m.getSubject().startsWith("Answerable:");
            } catch (Exception e) {
                return false;
            }
        }).count();
        assertThat(digests).isEqualTo(1);
        assertThat(admin.userId()).isNotNull();
    }
}
