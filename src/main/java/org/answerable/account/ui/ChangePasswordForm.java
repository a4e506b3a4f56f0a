package org.answerable.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.answerable.account.AccountRuleException;
import org.answerable.account.MyAccountService;

/** Current password, new password twice. Problems are shown next to the field concerned. */
class ChangePasswordForm extends Composite<VerticalLayout> {

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("New password again");
    final Button change = new Button("Change password");

    ChangePasswordForm(MyAccountService account, Runnable onChanged) {
        currentPassword.setId("current-password");
        newPassword.setId("new-password");
        repeatPassword.setId("repeat-password");
        change.setId("change-password");
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeatPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText("At least 12 characters. A few unrelated words are long and easy to remember.");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> {
            clearErrors();
            if (!newPassword.getValue().equals(repeatPassword.getValue())) {
                showError(repeatPassword, "The two new passwords are different: type the same one twice");
                return;
            }
            try {
                account.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
                currentPassword.clear();
                newPassword.clear();
                repeatPassword.clear();
                Notification.show("Your password has been changed", 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onChanged.run();
            } catch (AccountRuleException problem) {
                showError("currentPassword".equals(problem.field()) ? currentPassword : newPassword, problem.getMessage());
            }
        });
        FormLayout fields = new FormLayout(currentPassword, newPassword, repeatPassword);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        fields.setMaxWidth("28rem");
        getContent().setPadding(false);
        getContent().add(fields, change);
    }

    private void clearErrors() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        repeatPassword.setInvalid(false);
    }

    private static void showError(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
