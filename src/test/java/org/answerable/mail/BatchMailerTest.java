package org.answerable.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.answerable.authority.Authority;
import org.answerable.authority.Regime;
import org.answerable.mail.BatchMailer.Outcome;
import org.answerable.mail.BatchMailer.Recipient;
import org.answerable.mail.BatchMailer.Status;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A campaign is sent to three councils at once; the one that fails is reported and retried alone. */
@IntegrationTest
@Import(MailFixture.class)
class BatchMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MailFixture.MAILBOX, MailFixture.PASSWORD));

    @Autowired MailFixture fixture;
    @Autowired BatchMailer mailer;
    @Autowired RequestService requests;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_three_council_campaign_reports_the_failure_and_retries_only_that_council() throws Exception {
        fixture.configure(fixture.newTeam(), smtp.getSmtp().getPort(), MailFixture.PASSWORD, true);
        Authority leeds = fixture.authority("Leeds City Council", "foi@leeds.example.gov.uk");
        Authority broken = fixture.authority("Bradford Council", "foi@bradford");
        Authority york = fixture.authority("York Council", "foi@york.example.gov.uk");
        List<Recipient> campaign = List.of(recipient(fixture.draft(leeds, Regime.FOIA), leeds),
                recipient(fixture.draft(broken, Regime.FOIA), broken), recipient(fixture.draft(york, Regime.FOIA), york));
        List<Outcome> reported = new ArrayList<>();

        List<Outcome> first = mailer.sendEach(campaign, reported::add);

        assertThat(reported).isEqualTo(first);
        assertThat(first).extracting(Outcome::status).containsExactly(Status.SENT, Status.FAILED, Status.SENT);
        assertThat(first.get(1).message()).contains("\"foi@bradford\"").contains("not a valid address");
        assertThat(recipients()).containsExactlyInAnyOrder("foi@leeds.example.gov.uk", "foi@york.example.gov.uk");
        assertThat(requests.get(campaign.get(1).requestId()).getStatus()).isEqualTo(RequestStatus.DRAFT);

        fixture.fixEmail(broken, "foi@bradford.example.gov.uk");
        List<Recipient> retry = first.stream().filter(Outcome::canRetry).map(Outcome::recipient).toList();
        List<Outcome> second = mailer.sendEach(retry, outcome -> { });

        assertThat(retry).containsExactly(campaign.get(1));
        assertThat(second).extracting(Outcome::status).containsExactly(Status.SENT);
        assertThat(recipients()).containsExactlyInAnyOrder("foi@leeds.example.gov.uk", "foi@york.example.gov.uk",
                "foi@bradford.example.gov.uk");
        assertThat(campaign).allSatisfy(r -> assertThat(requests.get(r.requestId()).getStatus())
                .isEqualTo(RequestStatus.AWAITING_RESPONSE));
    }

    @Test
    void a_wrong_password_stops_the_campaign_at_the_first_letter_and_every_request_can_be_retried() {
        fixture.configure(fixture.newTeam(), smtp.getSmtp().getPort(), "wrong password", false);
        Authority a = fixture.authority("Hull Council", "foi@hull.example.gov.uk");
        Authority b = fixture.authority("Selby Council", "foi@selby.example.gov.uk");
        List<Recipient> campaign = List.of(recipient(fixture.draft(a, Regime.FOIA), a), recipient(fixture.draft(b, Regime.FOIA), b));

        List<Outcome> outcomes = mailer.sendEach(campaign, outcome -> { });

        assertThat(outcomes).allSatisfy(o -> assertThat(o.canRetry()).isTrue());
        assertThat(outcomes.get(0).message()).contains("refused the username or password");
        assertThat(outcomes.get(1).message()).startsWith("Not tried: ").contains("refused the username or password");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static Recipient recipient(FoiRequest request, Authority authority) {
        return new Recipient(request.getId(), authority.getOfficialName());
    }

    private List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).forEach(to::add);
        }
        return to;
    }
}
