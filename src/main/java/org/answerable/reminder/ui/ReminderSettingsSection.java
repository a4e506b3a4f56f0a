package org.answerable.reminder.ui;

import com.vaadin.flow.component.Component;
import org.answerable.account.ui.AccountPageSection;
import org.answerable.reminder.ReminderService;

/** Puts the choice of reminder emails on My account. */
@org.springframework.stereotype.Component
class ReminderSettingsSection implements AccountPageSection {

    private final ReminderService reminders;

    ReminderSettingsSection(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create() {
        return new ReminderSettingsForm(reminders);
    }
}
