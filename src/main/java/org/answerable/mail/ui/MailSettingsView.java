package org.answerable.mail.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import org.answerable.account.Roles;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.mail.MailConnectionException;
import org.answerable.mail.MailSecretCipher;
import org.answerable.mail.MailSecurity;
import org.answerable.mail.MailSettingsForm;
import org.answerable.mail.MailSettingsService;
import org.answerable.mail.TeamMailSettings;

/** The team's own mailbox: where requests are sent from and replies are read from. Admins only. */
@Route(MailSettingsView.ROUTE)
@PageTitle("Team mail · Answerable")
@Menu(order = 66, title = "Team mail")
@RolesAllowed(Roles.ADMIN)
public class MailSettingsView extends Main {

    public static final String ROUTE = "team/mail";

    private final MailSettingsService service;
    private final Binder<MailSettingsForm> binder = new Binder<>(MailSettingsForm.class);

    final TextField smtpHost = new TextField("Outgoing server (SMTP)");
    final IntegerField smtpPort = new IntegerField("Port");
    final Select<MailSecurity> smtpSecurity = new Select<>();
    final TextField smtpUsername = new TextField("Username");
    final PasswordField smtpPassword = new PasswordField("Password");
    final EmailField fromAddress = new EmailField("Send from address");
    final TextField fromName = new TextField("Sender's name");
    final TextArea signature = new TextArea("Signature under each letter");
    final Button testOutgoing = new Button("Test outgoing connection");

    final TextField imapHost = new TextField("Incoming server (IMAP)");
    final IntegerField imapPort = new IntegerField("Port");
    final Select<MailSecurity> imapSecurity = new Select<>();
    final TextField imapUsername = new TextField("Username");
    final PasswordField imapPassword = new PasswordField("Password");
    final TextField imapFolder = new TextField("Folder to read");
    final TextField imapFiledFolder = new TextField("Move filed mail to folder");
    final IntegerField pollMinutes = new IntegerField("Check every (minutes)");
    final Checkbox subAddressing = new Checkbox("The mailbox accepts sub-addresses (name+anything@domain)");
    final EmailField replyBaseAddress = new EmailField("Address for per-request replies");
    final Button testIncoming = new Button("Test incoming connection");

    final Button save = new Button("Save");
    final Paragraph outgoingResult = new Paragraph();
    final Paragraph incomingResult = new Paragraph();
    private MailSettingsForm form;

    MailSettingsView(MailSettingsService service) {
        this.service = service;
        addClassName("view");
        add(new H2("Team mail"), new Paragraph("Answerable sends your team's requests from this mailbox and reads the "
                + "authorities' replies from it. Members and administrators can send; only administrators change these "
                + "settings. Passwords are stored encrypted and never shown again."));
        if (!service.canStorePasswords()) {
            Div warning = new Div("Mailbox passwords can't be saved on this server: it has no mail encryption key. "
                    + "Ask whoever runs Answerable to set " + MailSecretCipher.ENVIRONMENT_VARIABLE
                    + " (see docs/email.md) and restart it.");
            warning.setId("no-mail-key");
            warning.addClassName("mail-warning");
            add(warning);
            smtpPassword.setEnabled(false);
            imapPassword.setEnabled(false);
        }
        configureFields();
        add(new H3("Sending"), outgoingFields(), new HorizontalLayout(testOutgoing), outgoingResult);
        add(new H3("Receiving"), incomingFields(), new HorizontalLayout(testIncoming), incomingResult);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        testOutgoing.addClickListener(e -> test(service::testOutgoing, outgoingResult));
        testIncoming.addClickListener(e -> test(service::testIncoming, incomingResult));
        outgoingResult.setId("outgoing-result");
        incomingResult.setId("incoming-result");
        add(save);
        show(service.current());
    }

    private void configureFields() {
        smtpSecurity.setLabel("Security");
        imapSecurity.setLabel("Security");
        for (Select<MailSecurity> security : java.util.List.of(smtpSecurity, imapSecurity)) {
            security.setItems(MailSecurity.values());
            security.setItemLabelGenerator(MailSecurity::label);
        }
        smtpHost.setMaxLength(TeamMailSettings.HOST_MAX_LENGTH);
        imapHost.setMaxLength(TeamMailSettings.HOST_MAX_LENGTH);
        smtpHost.setPlaceholder("smtp.example.org");
        imapHost.setPlaceholder("imap.example.org");
        smtpPort.setHelperText("Usually 587 with STARTTLS, or 465 with TLS");
        imapPort.setHelperText("Usually 993 with TLS");
        smtpUsername.setMaxLength(TeamMailSettings.ADDRESS_MAX_LENGTH);
        imapUsername.setMaxLength(TeamMailSettings.ADDRESS_MAX_LENGTH);
        smtpUsername.setHelperText("Leave empty only for a server that needs no login");
        smtpPassword.setMaxLength(TeamMailSettings.PASSWORD_MAX_LENGTH);
        imapPassword.setMaxLength(TeamMailSettings.PASSWORD_MAX_LENGTH);
        smtpPassword.setAutocomplete(Autocomplete.OFF);
        imapPassword.setAutocomplete(Autocomplete.OFF);
        fromAddress.setMaxLength(TeamMailSettings.ADDRESS_MAX_LENGTH);
        fromName.setMaxLength(TeamMailSettings.NAME_MAX_LENGTH);
        fromName.setPlaceholder("Fostering Campaign");
        signature.setMaxLength(TeamMailSettings.SIGNATURE_MAX_LENGTH);
        signature.setHelperText("Your name or the campaign's, and how to reach you. Letters end with it.");
        signature.setMinHeight("6em");
        imapFolder.setMaxLength(TeamMailSettings.FOLDER_MAX_LENGTH);
        imapFiledFolder.setMaxLength(TeamMailSettings.FOLDER_MAX_LENGTH);
        imapFiledFolder.setHelperText("Optional: filed mail is moved here, so the folder above holds only mail still to file");
        pollMinutes.setMin(1);
        pollMinutes.setMax(24 * 60);
        replyBaseAddress.setMaxLength(TeamMailSettings.ADDRESS_MAX_LENGTH);
        replyBaseAddress.setHelperText("Empty: the send-from address. Each request then gets its own reply address, "
                + "like name+ans-123-…@domain, so replies are filed by themselves.");

        binder.forField(smtpHost).bind(MailSettingsForm::getSmtpHost, MailSettingsForm::setSmtpHost);
        binder.forField(smtpPort).bind(MailSettingsForm::getSmtpPort, MailSettingsForm::setSmtpPort);
        binder.forField(smtpSecurity).bind(MailSettingsForm::getSmtpSecurity, MailSettingsForm::setSmtpSecurity);
        binder.forField(smtpUsername).bind(MailSettingsForm::getSmtpUsername, MailSettingsForm::setSmtpUsername);
        binder.forField(smtpPassword).bind(MailSettingsForm::getSmtpPassword, MailSettingsForm::setSmtpPassword);
        binder.forField(fromAddress).bind(MailSettingsForm::getFromAddress, MailSettingsForm::setFromAddress);
        binder.forField(fromName).bind(MailSettingsForm::getFromName, MailSettingsForm::setFromName);
        binder.forField(signature).bind(MailSettingsForm::getSignature, MailSettingsForm::setSignature);
        binder.forField(imapHost).bind(MailSettingsForm::getImapHost, MailSettingsForm::setImapHost);
        binder.forField(imapPort).bind(MailSettingsForm::getImapPort, MailSettingsForm::setImapPort);
        binder.forField(imapSecurity).bind(MailSettingsForm::getImapSecurity, MailSettingsForm::setImapSecurity);
        binder.forField(imapUsername).bind(MailSettingsForm::getImapUsername, MailSettingsForm::setImapUsername);
        binder.forField(imapPassword).bind(MailSettingsForm::getImapPassword, MailSettingsForm::setImapPassword);
        binder.forField(imapFolder).bind(MailSettingsForm::getImapFolder, MailSettingsForm::setImapFolder);
        binder.forField(imapFiledFolder).bind(MailSettingsForm::getImapFiledFolder, MailSettingsForm::setImapFiledFolder);
        binder.forField(pollMinutes).asRequired("Enter how often to check the mailbox")
                .bind(MailSettingsForm::getPollMinutes, MailSettingsForm::setPollMinutes);
        binder.forField(subAddressing).bind(MailSettingsForm::isSubAddressing, MailSettingsForm::setSubAddressing);
        binder.forField(replyBaseAddress).bind(MailSettingsForm::getReplyBaseAddress, MailSettingsForm::setReplyBaseAddress);
    }

    private FormLayout outgoingFields() {
        FormLayout fields = new FormLayout(smtpHost, smtpPort, smtpSecurity, smtpUsername, smtpPassword, fromAddress,
                fromName, signature);
        fields.setColspan(signature, 2);
        return fields;
    }

    private FormLayout incomingFields() {
        FormLayout fields = new FormLayout(imapHost, imapPort, imapSecurity, imapUsername, imapPassword, imapFolder,
                imapFiledFolder, pollMinutes, subAddressing, replyBaseAddress);
        fields.setColspan(subAddressing, 2);
        return fields;
    }

    private void show(MailSettingsForm shown) {
        form = shown;
        binder.readBean(shown);
        smtpPassword.clear();
        imapPassword.clear();
        smtpPassword.setHelperText(passwordHelp(shown.isSmtpPasswordSet()));
        imapPassword.setHelperText(passwordHelp(shown.isImapPasswordSet()));
    }

    private String passwordHelp(boolean set) {
        if (!service.canStorePasswords()) {
            return "Can't be saved without the server's mail key";
        }
        return set ? "Set. Leave empty to keep it." : "Not set";
    }

    /** The form as typed now, without changing what the page was loaded with. */
    private MailSettingsForm typed() {
        MailSettingsForm copy = new MailSettingsForm();
        copy.setVersion(form.getVersion());
        binder.writeBeanAsDraft(copy, true);
        return copy;
    }

    private void save() {
        clearErrors();
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            show(service.save(typed()));
            Notification.show("Mail settings saved", 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException problem) {
            showError(problem);
        } catch (ConcurrentEditException changed) {
            Notification.show(changed.getMessage(), 10_000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void test(Function<MailSettingsForm, String> check, Paragraph result) {
        clearErrors();
        result.removeClassNames("mail-ok", "mail-problem");
        try {
            result.setText(check.apply(typed()));
            result.addClassName("mail-ok");
        } catch (MailConnectionException failed) {
            result.setText(failed.getMessage());
            result.addClassName("mail-problem");
        } catch (InvalidInputException problem) {
            result.setText(problem.getMessage());
            result.addClassName("mail-problem");
            showError(problem);
        }
    }

    private void showError(InvalidInputException problem) {
        HasValue<?, ?> field = fieldsByName().get(problem.field());
        if (field instanceof com.vaadin.flow.component.HasValidation validated) {
            validated.setErrorMessage(problem.getMessage());
            validated.setInvalid(true);
        } else {
            Notification.show(problem.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void clearErrors() {
        fieldsByName().values().forEach(field -> {
            if (field instanceof com.vaadin.flow.component.HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }

    private Map<String, HasValue<?, ?>> fieldsByName() {
        return Map.ofEntries(Map.entry("smtpHost", smtpHost), Map.entry("smtpPort", smtpPort),
                Map.entry("smtpUsername", smtpUsername), Map.entry("smtpPassword", smtpPassword),
                Map.entry("fromAddress", fromAddress), Map.entry("fromName", fromName), Map.entry("signature", signature),
                Map.entry("imapHost", imapHost), Map.entry("imapPort", imapPort), Map.entry("imapUsername", imapUsername),
                Map.entry("imapPassword", imapPassword), Map.entry("imapFolder", imapFolder),
                Map.entry("imapFiledFolder", imapFiledFolder), Map.entry("pollMinutes", pollMinutes),
                Map.entry("replyBaseAddress", replyBaseAddress));
    }
}
