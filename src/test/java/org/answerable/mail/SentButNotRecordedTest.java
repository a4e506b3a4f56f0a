package org.answerable.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.answerable.authority.Regime;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.answerable.timeline.EventDraft;
import org.answerable.timeline.TimelineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The database fails just after the mail server accepted the letter: the user is told it WAS sent,
 * and the half-done record is rolled back as a whole rather than left half-written.
 */
@IntegrationTest
@Import(MailFixture.class)
class SentButNotRecordedTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MailFixture.MAILBOX, MailFixture.PASSWORD));

    @MockitoSpyBean TimelineService timelines;
    @Autowired MailFixture fixture;
    @Autowired RequestMailer mailer;
    @Autowired RequestService requests;
    @Autowired SentMailRepository sentMail;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_letter_sent_but_not_recorded_is_reported_as_sent_and_nothing_is_half_recorded() {
        fixture.configure(fixture.newTeam(), smtp.getSmtp().getPort(), MailFixture.PASSWORD, false);
        FoiRequest request = fixture.draft(fixture.authority("Leeds City Council", "foi@leeds.example.gov.uk"), Regime.FOIA);
        LetterDraft draft = mailer.draft(request.getId());
        doThrow(new DataAccessResourceFailureException("database went away"))
                .when(timelines).record(anyLong(), any(EventDraft.class));

        assertThatThrownBy(() -> mailer.send(request.getId(), draft.version(), draft.subject(), draft.body()))
                .isInstanceOf(SentButNotRecordedException.class)
                .hasMessageContaining("The letter WAS sent to foi@leeds.example.gov.uk")
                .hasMessageContaining("Don't send it again");

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        FoiRequest after = requests.get(request.getId());
        assertThat(after.getDateSent()).as("the request update was rolled back with the rest").isNull();
        assertThat(after.getStatus()).isEqualTo(RequestStatus.DRAFT);
        assertThat(sentMail.findByTeamIdAndRequestIdOrderBySentAtAsc(after.getTeamId(), after.getId())).isEmpty();
    }
}
