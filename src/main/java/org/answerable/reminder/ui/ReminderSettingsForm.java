package org.answerable.reminder.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.List;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.reminder.ReminderPreference;
import org.answerable.reminder.ReminderService;
import org.answerable.reminder.ReminderSettings;

/** Each person chooses their own reminder emails: a daily digest, and a note before each deadline. */
class ReminderSettingsForm extends Composite<VerticalLayout> {

    final EmailField email = new EmailField("Send reminders to");
    final Checkbox digest = new Checkbox("A daily digest: overdue, due this week and windows closing");
    final TimePicker digestTime = new TimePicker("Digest arrives at (UK time)");
    final Checkbox beforeDeadlines = new Checkbox("An email before each deadline of my teams' requests");
    final IntegerField daysBefore = new IntegerField("Working days before the deadline");
    final Button save = new Button("Save reminders");
    final Paragraph warning = new Paragraph();
    private final ReminderService reminders;
    private long version;

    ReminderSettingsForm(ReminderService reminders) {
        this.reminders = reminders;
        getContent().setPadding(false);
        getContent().setId("reminders");
        email.setMaxLength(ReminderPreference.EMAIL_MAX_LENGTH);
        digestTime.setStep(Duration.ofMinutes(30));
        daysBefore.setMin(1);
        daysBefore.setMax(ReminderPreference.MAX_DAYS_BEFORE);
        daysBefore.setStepButtonsVisible(true);
        daysBefore.setHelperText("Response due, review window closing, review due, Commissioner window, appeal");
        digest.addValueChangeListener(e -> digestTime.setEnabled(e.getValue()));
        beforeDeadlines.addValueChangeListener(e -> daysBefore.setEnabled(e.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        List<String> silent = reminders.teamsWithoutOutgoingMail();
        warning.setVisible(!silent.isEmpty());
        warning.setText("No reminders can come for " + String.join(", ", silent)
                + " until an administrator sets up the team's outgoing mail (Mail settings).");
        FormLayout form = new FormLayout(email, digest, digestTime, beforeDeadlines, daysBefore);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(email, 2);
        getContent().add(new H3("Reminder emails"),
                new Paragraph("Off unless you choose them. Every reminder has a link that turns them all off in one click."),
                warning, form, save);
        show(reminders.mine());
    }

    private void show(ReminderSettings settings) {
        email.setValue(settings.email() == null ? "" : settings.email());
        digest.setValue(settings.digest());
        digestTime.setValue(settings.digestTime());
        digestTime.setEnabled(settings.digest());
        beforeDeadlines.setValue(settings.beforeDeadlines());
        daysBefore.setValue(settings.daysBefore());
        daysBefore.setEnabled(settings.beforeDeadlines());
        version = settings.version();
    }

    private void save() {
        email.setInvalid(false);
        daysBefore.setInvalid(false);
        try {
            show(reminders.save(new ReminderSettings(email.getValue(), digest.getValue(), digestTime.getValue(),
                    beforeDeadlines.getValue(), daysBefore.getValue() == null ? 0 : daysBefore.getValue(), version)));
            Notification.show("Reminders saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException problem) {
            switch (problem.field()) {
                case "email" -> invalid(email, problem.getMessage());
                case "daysBefore" -> {
                    daysBefore.setInvalid(true);
                    daysBefore.setErrorMessage(problem.getMessage());
                }
                default -> Notification.show(problem.getMessage(), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        } catch (ConcurrentEditException changed) {
            Notification.show(changed.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static void invalid(EmailField field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }
}
