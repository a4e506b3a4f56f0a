package org.answerable.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.UUID;
import org.answerable.campaign.CampaignDraft;
import org.answerable.campaign.CampaignService;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityForm;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Nation;
import org.answerable.authority.Regime;
import org.answerable.mail.MailSecurity;
import org.answerable.mail.MailSettingsForm;
import org.answerable.mail.MailSettingsService;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator sets up the team's mailbox; a member then sends a request from its page. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class MailViewsTest extends SpringBrowserlessTest {

    private static final String MAILBOX = "team@example.org";
    private static final String PASSWORD = "mailbox password";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, PASSWORD));

    @Autowired TestUsers users;
    @Autowired MailSettingsService settings;
    @Autowired AuthorityService authorities;
    @Autowired RequestService requests;
    @Autowired CampaignService campaigns;

    String admin;
    String member;

    @BeforeEach
    void team() {
        String team = "mail-views-" + UUID.randomUUID();
        admin = users.createInTeam(Role.ADMIN, team);
        member = users.createInTeam(Role.MEMBER, team);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_administrator_tests_the_outgoing_server_then_saves_and_the_password_shows_only_as_set() {
        users.signIn(admin);
        MailSettingsView page = navigate(MailSettingsView.class);
        test(page.smtpHost).setValue("localhost");
        test(page.smtpPort).setValue(smtp.getSmtp().getPort());
        test(page.smtpSecurity).selectItem(MailSecurity.NONE.label());
        test(page.smtpUsername).setValue(MAILBOX);
        test(page.smtpPassword).setValue("wrong password");
        test(page.fromAddress).setValue(MAILBOX);
        test(page.signature).setValue("Sam Campaigner");

        test(page.testOutgoing).click();
        assertThat(page.outgoingResult.getText()).contains("refused the username or password");

        test(page.smtpPassword).setValue(PASSWORD);
        test(page.testOutgoing).click();
        assertThat(page.outgoingResult.getText()).contains("Connected to localhost");

        test(page.save).click();
        assertThat(page.smtpPassword.getValue()).isEmpty();
        assertThat(page.smtpPassword.getHelperText()).isEqualTo("Set. Leave empty to keep it.");
        assertThat(settings.current().isSmtpPasswordSet()).isTrue();
        assertThat(settings.current().getSignature()).isEqualTo("Sam Campaigner");
    }

    @Test
    void a_mistake_is_shown_next_to_its_field_and_nothing_is_saved() {
        users.signIn(admin);
        MailSettingsView page = navigate(MailSettingsView.class);
        test(page.smtpHost).setValue("smtp.example.org");
        test(page.smtpPort).setValue(587);

        test(page.save).click();

        assertThat(page.fromAddress.isInvalid()).isTrue();
        assertThat(page.fromAddress.getErrorMessage()).contains("address requests are sent from");
        assertThat(settings.current().getSmtpHost()).isNull();
    }

    @Test
    void without_a_mailbox_a_member_sees_why_the_request_cannot_be_sent() {
        users.signIn(member);
        FoiRequest request = draft("foi@leeds.example.gov.uk");

        navigate("requests/" + request.getId(), Component.class);

        assertThat($(Button.class).id("send-by-email-button").isEnabled()).isFalse();
        assertThat($(Div.class).id("sending-problem").getElement().getTextRecursively())
                .contains("no outgoing mail account").contains("Ask an administrator");
    }

    @Test
    void a_member_edits_the_letter_sends_it_and_the_request_is_no_longer_a_draft() throws Exception {
        configure();
        users.signIn(member);
        FoiRequest request = draft("foi@leeds.example.gov.uk");
        navigate("requests/" + request.getId(), Component.class);

        test($(Button.class).id("send-by-email-button")).click();
        SendRequestDialog dialog = $(SendRequestDialog.class).single();
        assertThat(dialog.to.getValue()).isEqualTo("foi@leeds.example.gov.uk");
        assertThat(dialog.body.getValue()).contains("1. How many children are in foster care?");
        test(dialog.subject).setValue("Foster care figures");
        test(dialog.body).setValue(dialog.body.getValue() + "\nPS: a spreadsheet is ideal.");
        test(dialog.send).click();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Foster care figures [ANS-" + request.getId() + "]");
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("PS: a spreadsheet is ideal.");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.AWAITING_RESPONSE);
        assertThat($(Button.class).all()).as("a sent request offers no second send")
                .noneMatch(button -> button.getId().filter("send-by-email-button"::equals).isPresent());
    }

    @Test
    void an_authority_without_an_foi_email_is_explained_with_a_link_to_the_directory() {
        configure();
        users.signIn(member);
        FoiRequest request = draft(null);
        navigate("requests/" + request.getId(), Component.class);

        test($(Button.class).id("send-by-email-button")).click();

        assertThat($(SendRequestDialog.class).all()).isEmpty();
        Div problem = $(Div.class).id("sending-problem");
        assertThat(problem.getElement().getTextRecursively()).contains("no FOI email address");
        assertThat($(Anchor.class, problem).single().getHref()).isEqualTo("authorities");
    }

    @Test
    void a_campaign_is_sent_with_a_progress_bar_and_only_the_failed_council_is_retried() {
        configure();
        users.signIn(member);
        Authority leeds = authority("foi@leeds.example.gov.uk");
        Authority broken = authority("foi@bradford");
        Authority york = authority("foi@york.example.gov.uk");
        CampaignDraft campaign = new CampaignDraft();
        campaign.setName("Foster care " + UUID.randomUUID());
        campaign.setQuestions(List.of(new QuestionDraft("1", "How many children are in foster care?")));
        campaign.setAuthorities(List.of(leeds, broken, york));
        Long id = campaigns.create(campaign).getId();
        navigate("campaigns/" + id, Component.class);

        Grid<?> grid = $(Grid.class).first();
        ((GridMultiSelectionModel<?>) grid.getSelectionModel()).selectAll();
        test($(Button.class).id("send-selected-by-email")).click();
        CampaignSendDialog dialog = $(CampaignSendDialog.class).single();
        assertThat(dialog.send.getText()).isEqualTo("Send 3");
        test(dialog.send).click();
        waitUntilSent(dialog);

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(dialog.summary.getText()).startsWith("2 sent; 1 not sent");
        assertThat(test(dialog.failures).size()).isEqualTo(1);
        assertThat(test(dialog.failures).getCellText(0, 0)).isEqualTo(broken.getOfficialName());
        assertThat(test(dialog.failures).getCellText(0, 1)).contains("not a valid address");

        AuthorityForm fixed = AuthorityForm.of(authorities.find(broken.getId()).orElseThrow());
        fixed.setFoiEmail("foi@bradford.example.gov.uk");
        authorities.update(broken.getId(), fixed);
        test(dialog.retry).click();
        waitUntilSent(dialog);

        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(dialog.summary.getText()).startsWith("All sent: 3 requests");
        assertThat(dialog.retry.isVisible()).isFalse();
    }

    /** Sending runs in the background; a browser would poll until it ends. */
    private void waitUntilSent(CampaignSendDialog dialog) {
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < giveUp) {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
            if (!dialog.progress.isVisible()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("still sending after 60 s: " + dialog.summary.getText());
    }

    private Authority authority(String foiEmail) {
        AuthorityForm form = new AuthorityForm();
        form.setOfficialName("Council " + UUID.randomUUID().toString().substring(0, 8));
        form.setNation(Nation.ENGLAND);
        form.setDefaultRegime(Regime.FOIA);
        form.setFoiEmail(foiEmail);
        return authorities.create(form);
    }

    private void configure() {
        users.signIn(admin);
        MailSettingsForm form = new MailSettingsForm();
        form.setSmtpHost("localhost");
        form.setSmtpPort(smtp.getSmtp().getPort());
        form.setSmtpSecurity(MailSecurity.NONE);
        form.setSmtpUsername(MAILBOX);
        form.setSmtpPassword(PASSWORD);
        form.setFromAddress(MAILBOX);
        settings.save(form);
    }

    private FoiRequest draft(String foiEmail) {
        Authority authority = authority(foiEmail);
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Children in foster care");
        draft.setAuthority(authority);
        draft.setRegime(Regime.FOIA);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many children are in foster care?")));
        return requests.create(draft);
    }
}
