package org.answerable.reminder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Main;
import java.time.LocalTime;
import org.answerable.account.Role;
import org.answerable.reminder.ReminderService;
import org.answerable.reminder.ReminderSettings;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(packages = "org.answerable")
class ReminderSettingsFormTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired ReminderService reminders;

    @BeforeEach
    void signIn() {
        users.signInNew(Role.VIEWER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_person_chooses_a_digest_at_their_time_and_reminders_before_deadlines() {
        navigate("account", Main.class);
        ReminderSettingsForm form = $(ReminderSettingsForm.class).single();
        assertThat(form.digest.getValue()).as("off by default").isFalse();
        assertThat(form.warning.getText()).contains("until an administrator sets up the team's outgoing mail");

        test(form.email).setValue("me@example.org");
        test(form.digest).click();
        form.digestTime.setValue(LocalTime.of(7, 30));
        test(form.beforeDeadlines).click();
        test(form.daysBefore).setValue(5);
        test(form.save).click();

        assertThat(reminders.mine()).isEqualTo(new ReminderSettings("me@example.org", true, LocalTime.of(7, 30), true, 5,
                reminders.mine().version()));
    }

    @Test
    void a_reminder_without_an_address_is_refused_next_to_the_field_and_nothing_is_saved() {
        navigate("account", Main.class);
        ReminderSettingsForm form = $(ReminderSettingsForm.class).single();

        test(form.digest).click();
        test(form.save).click();

        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).isEqualTo("Enter the email address reminders go to");
        assertThat(reminders.mine().digest()).isFalse();
    }
}
