package org.answerable.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.answerable.account.AccountChangedException;
import org.answerable.account.AccountRuleException;
import org.answerable.account.AppUser;
import org.answerable.account.IssuedPassword;
import org.answerable.account.Role;
import org.answerable.account.Team;
import org.answerable.account.TeamSummary;
import org.answerable.account.UserAdminService;
import org.answerable.account.UserDraft;

/**
 * Create a user, or change one: name, role and teams; disable or enable; a new temporary password.
 * Stays open with what was typed when the service refuses.
 */
class UserDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final Select<Role> role = new Select<>();
    final CheckboxGroup<TeamSummary> teams = new CheckboxGroup<>("Teams");
    final Button save = new Button();
    final Button enable = new Button();
    final Button resetPassword = new Button("New temporary password");

    private final UserAdminService users;
    private final AppUser existing;
    private final Runnable onChanged;

    UserDialog(UserAdminService users, List<TeamSummary> allTeams, AppUser existing, Runnable onChanged) {
        this.users = users;
        this.existing = existing;
        this.onChanged = onChanged;
        setHeaderTitle(existing == null ? "New user" : existing.getDisplayName());
        username.setMaxLength(AppUser.USERNAME_MAX_LENGTH);
        username.setHelperText("What they type to log in; it cannot be changed later");
        displayName.setMaxLength(AppUser.DISPLAY_NAME_MAX_LENGTH);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(RoleText::of);
        teams.setItems(allTeams);
        teams.setItemLabelGenerator(TeamSummary::name);
        teams.setHelperText("They see the requests of these teams, one team at a time");
        save.setText(existing == null ? "Create user" : "Save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        if (existing == null) {
            role.setValue(Role.MEMBER);
        } else {
            username.setValue(existing.getUsername());
            username.setReadOnly(true);
            displayName.setValue(existing.getDisplayName());
            role.setValue(existing.getRole());
            Set<Long> memberOf = existing.getTeams().stream().map(Team::getId).collect(Collectors.toSet());
            teams.setValue(allTeams.stream().filter(t -> memberOf.contains(t.id())).collect(Collectors.toSet()));
            enable.setText(existing.isEnabled() ? "Disable" : "Enable");
            enable.addThemeVariants(existing.isEnabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            String name = existing.getDisplayName();
            enable.addClickListener(e -> attempt(() -> users.setEnabled(existing.getId(), existing.getVersion(),
                    !existing.isEnabled())).ifPresent(changed -> done(changed.isEnabled()
                            ? name + " can log in again" : name + " can no longer log in")));
            resetPassword.addClickListener(e -> attempt(() -> users.resetPassword(existing.getId(), existing.getVersion()))
                    .ifPresent(issued -> {
                        done("New temporary password for " + name);
                        new TemporaryPasswordDialog(issued).open();
                    }));
            getFooter().add(enable, resetPassword);
        }
        FormLayout form = new FormLayout(username, displayName, role, teams);
        form.setColspan(teams, 2);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(40rem, 95vw)");
    }

    private void save() {
        for (HasValidation field : List.<HasValidation>of(username, displayName, role, teams)) {
            field.setInvalid(false);
        }
        UserDraft draft = new UserDraft(username.getValue(), displayName.getValue(), role.getValue(),
                teams.getValue().stream().map(TeamSummary::id).collect(Collectors.toSet()));
        try {
            if (existing == null) {
                IssuedPassword issued = users.create(draft);
                done("Created " + issued.user().getDisplayName());
                new TemporaryPasswordDialog(issued).open();
            } else {
                users.update(existing.getId(), existing.getVersion(), draft);
                done("Saved " + draft.displayName().strip());
            }
        } catch (AccountRuleException problem) {
            HasValidation field = switch (problem.field()) {
                case "username" -> username;
                case "displayName" -> displayName;
                case "teams" -> teams;
                default -> role;
            };
            field.setErrorMessage(problem.getMessage());
            field.setInvalid(true);
        } catch (AccountChangedException conflict) {
            ChangedMeanwhileDialog.show(conflict.getMessage(), this::reload);
        }
    }

    /** Runs a one-click action; a refusal is explained and the dialog stays as it was. */
    private <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (AccountRuleException problem) {
            Notification.show(problem.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccountChangedException conflict) {
            ChangedMeanwhileDialog.show(conflict.getMessage(), this::reload);
        }
        return Optional.empty();
    }

    private void done(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        onChanged.run();
    }

    private void reload() {
        close();
        onChanged.run();
    }
}
