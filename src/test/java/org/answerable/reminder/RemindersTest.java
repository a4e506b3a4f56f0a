package org.answerable.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityForm;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Nation;
import org.answerable.authority.Regime;
import org.answerable.base.InvalidInputException;
import org.answerable.mail.MailSecurity;
import org.answerable.mail.MailSettingsForm;
import org.answerable.mail.MailSettingsService;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Reminder emails sent through the team's own SMTP account (GreenMail), and the way out of them. */
@IntegrationTest
@AutoConfigureMockMvc
class RemindersTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @Autowired TestUsers users;
    @Autowired MailSettingsService mailSettings;
    @Autowired AuthorityService authorities;
    @Autowired RequestService requests;
    @Autowired ReminderService reminders;
    @Autowired ReminderJob job;
    @Autowired MockMvc mvc;

    SignedInUser admin;
    String address;
    FoiRequest overdue;
    FoiRequest dueSoon;

    @BeforeEach
    void teamWithOutgoingMail() {
        admin = users.signInNew(Role.ADMIN);
        MailSettingsForm form = new MailSettingsForm();
        form.setSmtpHost("127.0.0.1");
        form.setSmtpPort(greenMail.getSmtp().getPort());
        form.setSmtpSecurity(MailSecurity.NONE);
        form.setFromAddress("campaign@example.org");
        form.setFromName("Campaign team");
        mailSettings.save(form);
        AuthorityForm council = new AuthorityForm();
        council.setOfficialName("Reminder Council " + UUID.randomUUID());
        council.setNation(Nation.ENGLAND);
        council.setDefaultRegime(Regime.FOIA);
        Authority authority = authorities.create(council);
        overdue = request("Looked-after children", authority, LocalDate.now().minusDays(45));
        dueSoon = request("Exploitation referrals", authority, LocalDate.now().minusDays(10));
        address = "me-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private FoiRequest request(String title, Authority authority, LocalDate sent) {
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(authority);
        draft.setRegime(Regime.FOIA);
        draft.setDateSent(sent);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        return requests.create(draft);
    }

    private List<MimeMessage> mailTo(String to) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    void reminders_are_off_until_chosen() {
        assertThat(reminders.mine().digest()).isFalse();
        assertThat(reminders.mine().beforeDeadlines()).isFalse();

        job.sendDue();

        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void the_digest_and_deadline_reminders_arrive_once_with_links_and_the_unsubscribe_link_turns_them_off()
            throws Exception {
        reminders.save(new ReminderSettings(address, true, LocalTime.MIDNIGHT, true, 20, 0));

        int sent = job.sendDue();
        int again = job.sendDue();

        assertThat(sent).isEqualTo(2);
        assertThat(again).as("already sent today").isZero();
        List<MimeMessage> mine = mailTo(address);
        assertThat(mine).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Answerable: 1 overdue, 0 due this week (" + admin.teamName() + ")",
                "Response due on " + java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.UK)
                        .format(requests.get(dueSoon.getId()).getResponseDue()) + ": Exploitation referrals");
        String digest = (String) mine.stream().filter(m -> subject(m).startsWith("Answerable:")).findFirst()
                .orElseThrow().getContent();
        assertThat(digest).contains("Overdue (1)", "Looked-after children", "requests/" + overdue.getId());
        assertThat(mine.getFirst().getHeader("List-Unsubscribe")[0]).contains("/reminders/unsubscribe?t=");
        assertThat(mine.getFirst().getFrom()[0].toString()).contains("campaign@example.org");

        Matcher link = Pattern.compile("/reminders/unsubscribe\\?t=([0-9a-f-]+)").matcher(digest);
        assertThat(link.find()).isTrue();
        mvc.perform(get("/reminders/unsubscribe").param("t", link.group(1)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Reminder emails are off")));
        users.signIn(admin.username());

        assertThat(reminders.mine().digest()).isFalse();
        assertThat(reminders.mine().beforeDeadlines()).isFalse();
    }

    @Test
    void a_forged_unsubscribe_link_changes_nothing() throws Exception {
        reminders.save(new ReminderSettings(address, true, LocalTime.NOON, false, 3, 0));

        mvc.perform(post("/reminders/unsubscribe").param("t", admin.userId() + "-0123456789abcdef0123456789abcdef"))
                .andExpect(status().isNotFound());
        users.signIn(admin.username());

        assertThat(reminders.mine().digest()).isTrue();
    }

    @Test
    void a_reminder_without_an_address_is_refused_in_words() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        reminders.save(new ReminderSettings("", true, LocalTime.NOON, false, 3, 0)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Enter the email address reminders go to");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        reminders.save(new ReminderSettings("not an address", true, LocalTime.NOON, false, 3, 0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not an email address");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
