package org.answerable.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import org.answerable.account.Role;
import org.answerable.base.InvalidInputException;
import org.answerable.mail.MailSecurity;
import org.answerable.mail.MailSettingsForm;
import org.answerable.mail.MailSettingsService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A server started without ANSWERABLE_MAIL_KEY refuses to store mailbox passwords, and says why. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
@TestPropertySource(properties = "answerable.mail.key=")
class MailWithoutKeyTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired MailSettingsService settings;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_settings_page_explains_that_passwords_cannot_be_saved_and_the_service_refuses_them() {
        users.signInNew(Role.ADMIN);
        MailSettingsView page = navigate(MailSettingsView.class);

        assertThat($(Div.class).id("no-mail-key").getText()).contains("ANSWERABLE_MAIL_KEY");
        assertThat(page.smtpPassword.isEnabled()).isFalse();
        assertThat(page.smtpPassword.getHelperText()).contains("mail key");

        MailSettingsForm form = new MailSettingsForm();
        form.setSmtpHost("smtp.example.org");
        form.setSmtpPort(587);
        form.setSmtpSecurity(MailSecurity.STARTTLS);
        form.setSmtpUsername("campaign@example.org");
        form.setSmtpPassword("secret");
        form.setFromAddress("campaign@example.org");
        assertThatThrownBy(() -> settings.save(form)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("smtpPassword");
            assertThat(e.getMessage()).contains("ANSWERABLE_MAIL_KEY");
        });
        assertThat(settings.current().getSmtpHost()).as("nothing half-saved").isNull();
        assertThat(settings.sendingReadiness().problem()).hasValueSatisfying(p -> assertThat(p).contains("no mail encryption key"));
    }
}
