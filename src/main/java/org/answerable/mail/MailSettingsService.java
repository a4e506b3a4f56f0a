package org.answerable.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's mailbox settings. Administrators set them up; members and administrators send with
 * them; viewers can do neither (docs/email.md).
 */
@Service
public class MailSettingsService {

    static final int MAX_POLL_MINUTES = 24 * 60;

    private final TeamMailSettingsRepository settings;
    private final MailSecretCipher cipher;
    private final CurrentUser currentUser;
    private final MailConnections connections;
    private final MailAccounts accounts;

    MailSettingsService(TeamMailSettingsRepository settings, MailSecretCipher cipher, CurrentUser currentUser,
            MailConnections connections, MailAccounts accounts) {
        this.settings = settings;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.connections = connections;
        this.accounts = accounts;
    }

    /** Whether mailbox passwords can be saved on this server at all. */
    public boolean canStorePasswords() {
        return cipher.hasKey();
    }

    /** The team's settings, or an empty form when none are saved yet; passwords only as "set". */
    @Transactional(readOnly = true)
    public MailSettingsForm current() {
        SignedInUser admin = requireAdmin();
        return settings.findByTeamId(admin.teamId()).map(MailSettingsForm::of).orElseGet(MailSettingsForm::new);
    }

    /**
     * Saves the checked form. A new password is encrypted; a blank one keeps the saved one.
     *
     * @throws InvalidInputException naming the field, when the form breaks a rule or a password
     *         can't be stored because the server has no mail key
     * @throws ConcurrentEditException when another administrator saved in the meantime
     */
    @Transactional
    public MailSettingsForm save(MailSettingsForm form) {
        SignedInUser admin = requireAdmin();
        normalise(form);
        validate(form);
        TeamMailSettings saved = settings.findByTeamId(admin.teamId()).orElseGet(() -> new TeamMailSettings(admin.teamId()));
        if (saved.getId() != null && saved.getVersion() != form.getVersion()) {
            throw new ConcurrentEditException("mail settings");
        }
        saved.apply(form, admin.userId());
        storePassword(form.getSmtpPassword(), "smtpPassword", saved.smtpPurpose(), saved::setSmtpPasswordEncrypted);
        storePassword(form.getImapPassword(), "imapPassword", saved.imapPurpose(), saved::setImapPasswordEncrypted);
        if (form.getSmtpUsername() == null) {
            saved.setSmtpPasswordEncrypted(null);
        }
        requirePassword(form.getSmtpUsername() != null && !saved.isSmtpPasswordSet(), "smtpPassword");
        requirePassword(form.getImapHost() != null && !saved.isImapPasswordSet(), "imapPassword");
        return MailSettingsForm.of(settings.saveAndFlush(saved));
    }

    /**
     * Logs in to the outgoing server with the form's values (the saved password when none is
     * typed), without saving them.
     *
     * @throws MailConnectionException saying what went wrong
     */
    @Transactional(readOnly = true)
    public String testOutgoing(MailSettingsForm form) {
        SignedInUser admin = requireAdmin();
        normalise(form);
        requireFilled(form.getSmtpHost(), "smtpHost", "Enter the outgoing (SMTP) server's name");
        requireFilled(form.getSmtpPort(), "smtpPort", "Enter the outgoing server's port (usually 587)");
        String password = form.getSmtpUsername() == null ? null
                : typedOrSaved(form.getSmtpPassword(), () -> accounts.outgoing(admin.teamId()).map(OutgoingAccount::password)
                        .orElse(null), "smtpPassword");
        connections.testOutgoing(new OutgoingAccount(admin.teamId(), form.getSmtpHost(), form.getSmtpPort(),
                form.getSmtpSecurity(), form.getSmtpUsername(), password, form.getFromAddress(), form.getFromName(),
                null, false, null));
        return "Connected to " + form.getSmtpHost() + " and logged in: sending should work.";
    }

    /**
     * Logs in to the incoming server with the form's values and checks both folders exist.
     *
     * @throws MailConnectionException saying what went wrong
     */
    @Transactional(readOnly = true)
    public String testIncoming(MailSettingsForm form) {
        SignedInUser admin = requireAdmin();
        normalise(form);
        requireFilled(form.getImapHost(), "imapHost", "Enter the incoming (IMAP) server's name");
        requireFilled(form.getImapPort(), "imapPort", "Enter the incoming server's port (usually 993)");
        requireFilled(form.getImapUsername(), "imapUsername", "Enter the mailbox's username");
        String password = typedOrSaved(form.getImapPassword(),
                () -> accounts.incoming(admin.teamId()).map(IncomingAccount::password).orElse(null), "imapPassword");
        connections.testIncoming(new IncomingAccount(admin.teamId(), form.getImapHost(), form.getImapPort(),
                form.getImapSecurity(), form.getImapUsername(), password, form.getImapFolder(),
                form.getImapFiledFolder(), form.getPollMinutes(), false, null));
        return "Connected to " + form.getImapHost() + ", logged in and found the folder \"" + form.getImapFolder() + "\".";
    }

    /** Whether the signed-in user can send email now; the Send controls show the problem if not. */
    @Transactional(readOnly = true)
    public SendingReadiness sendingReadiness() {
        SignedInUser user = currentUser.require();
        boolean admin = user.role() == Role.ADMIN;
        if (!user.canEdit()) {
            return SendingReadiness.blocked("Your role can read this team's requests but not send them.", false);
        }
        String askAdmin = admin ? "" : " Ask an administrator to set it up.";
        if (!cipher.hasKey()) {
            return SendingReadiness.blocked("Email is not available on this server: it has no mail encryption key ("
                    + MailSecretCipher.ENVIRONMENT_VARIABLE + "). Ask whoever runs Answerable to set it.", false);
        }
        try {
            if (accounts.outgoing(user.teamId()).isEmpty()) {
                return SendingReadiness.blocked("Your team has no outgoing mail account yet." + askAdmin, admin);
            }
        } catch (UnreadableSecretException e) {
            return SendingReadiness.blocked(e.getMessage(), admin);
        }
        return SendingReadiness.ready();
    }

    private SignedInUser requireAdmin() {
        SignedInUser user = currentUser.require();
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators can change the team's mail settings");
        }
        return user;
    }

    private String typedOrSaved(String typed, Supplier<String> saved, String field) {
        if (typed != null) {
            return typed;
        }
        String found = saved.get();
        if (found == null) {
            throw new InvalidInputException(field, "Enter the password");
        }
        return found;
    }

    private void storePassword(String typed, String field, String purpose, Consumer<String> store) {
        if (typed == null) {
            return;
        }
        if (!cipher.hasKey()) {
            throw new InvalidInputException(field, new MailKeyMissingException().getMessage());
        }
        store.accept(cipher.encrypt(typed, purpose));
    }

    private static void requirePassword(boolean missing, String field) {
        if (missing) {
            throw new InvalidInputException(field, "Enter the password");
        }
    }

    private static void normalise(MailSettingsForm form) {
        form.setSmtpHost(clean(form.getSmtpHost()));
        form.setSmtpUsername(clean(form.getSmtpUsername()));
        form.setFromAddress(clean(form.getFromAddress()));
        form.setFromName(clean(form.getFromName()));
        form.setSignature(form.getSignature() == null || form.getSignature().isBlank() ? null : form.getSignature().strip());
        form.setImapHost(clean(form.getImapHost()));
        form.setImapUsername(clean(form.getImapUsername()));
        form.setImapFolder(clean(form.getImapFolder()) == null ? "INBOX" : clean(form.getImapFolder()));
        form.setImapFiledFolder(clean(form.getImapFiledFolder()));
        form.setReplyBaseAddress(clean(form.getReplyBaseAddress()));
        // Passwords may legitimately start or end with spaces: only an empty one means "keep".
        form.setSmtpPassword(form.getSmtpPassword() == null || form.getSmtpPassword().isEmpty() ? null : form.getSmtpPassword());
        form.setImapPassword(form.getImapPassword() == null || form.getImapPassword().isEmpty() ? null : form.getImapPassword());
        if (form.getSmtpSecurity() == null) {
            form.setSmtpSecurity(MailSecurity.STARTTLS);
        }
        if (form.getImapSecurity() == null) {
            form.setImapSecurity(MailSecurity.TLS);
        }
    }

    private static void validate(MailSettingsForm form) {
        boolean outgoing = form.getSmtpHost() != null || form.getFromAddress() != null || form.getSmtpUsername() != null;
        if (outgoing) {
            requireFilled(form.getSmtpHost(), "smtpHost", "Enter the outgoing (SMTP) server's name");
            requireFilled(form.getSmtpPort(), "smtpPort", "Enter the outgoing server's port (usually 587)");
            requireFilled(form.getFromAddress(), "fromAddress", "Enter the address requests are sent from");
        }
        checkPort(form.getSmtpPort(), "smtpPort");
        checkAddress(form.getFromAddress(), "fromAddress");
        checkLength(form.getSmtpHost(), TeamMailSettings.HOST_MAX_LENGTH, "smtpHost");
        checkLength(form.getSmtpUsername(), TeamMailSettings.ADDRESS_MAX_LENGTH, "smtpUsername");
        checkLength(form.getFromName(), TeamMailSettings.NAME_MAX_LENGTH, "fromName");
        checkLength(form.getSignature(), TeamMailSettings.SIGNATURE_MAX_LENGTH, "signature");
        checkLength(form.getSmtpPassword(), TeamMailSettings.PASSWORD_MAX_LENGTH, "smtpPassword");
        boolean incoming = form.getImapHost() != null || form.getImapUsername() != null;
        if (incoming) {
            requireFilled(form.getImapHost(), "imapHost", "Enter the incoming (IMAP) server's name");
            requireFilled(form.getImapPort(), "imapPort", "Enter the incoming server's port (usually 993)");
            requireFilled(form.getImapUsername(), "imapUsername", "Enter the mailbox's username");
        }
        checkPort(form.getImapPort(), "imapPort");
        checkLength(form.getImapHost(), TeamMailSettings.HOST_MAX_LENGTH, "imapHost");
        checkLength(form.getImapUsername(), TeamMailSettings.ADDRESS_MAX_LENGTH, "imapUsername");
        checkLength(form.getImapPassword(), TeamMailSettings.PASSWORD_MAX_LENGTH, "imapPassword");
        checkLength(form.getImapFolder(), TeamMailSettings.FOLDER_MAX_LENGTH, "imapFolder");
        checkLength(form.getImapFiledFolder(), TeamMailSettings.FOLDER_MAX_LENGTH, "imapFiledFolder");
        if (form.getPollMinutes() < 1 || form.getPollMinutes() > MAX_POLL_MINUTES) {
            throw new InvalidInputException("pollMinutes", "Check the mailbox every 1 to " + MAX_POLL_MINUTES + " minutes");
        }
        checkAddress(form.getReplyBaseAddress(), "replyBaseAddress");
        if (form.isSubAddressing() && form.getReplyBaseAddress() == null && form.getFromAddress() == null) {
            throw new InvalidInputException("replyBaseAddress", "Enter the address that accepts sub-addresses");
        }
    }

    private static void requireFilled(Object value, String field, String message) {
        if (value == null) {
            throw new InvalidInputException(field, message);
        }
    }

    private static void checkPort(Integer port, String field) {
        if (port != null && (port < 1 || port > 65_535)) {
            throw new InvalidInputException(field, "A port is a number from 1 to 65535");
        }
    }

    private static void checkLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "Keep this under " + max + " characters");
        }
    }

    static void checkAddress(String address, String field) {
        if (address == null) {
            return;
        }
        checkLength(address, TeamMailSettings.ADDRESS_MAX_LENGTH, field);
        if (!isValidAddress(address)) {
            throw new InvalidInputException(field, "\"" + address + "\" is not an email address (like foi@example.org)");
        }
    }

    /** A bare address with a domain, as mail servers accept it. */
    static boolean isValidAddress(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            String value = parsed.getAddress();
            return value.equals(address) && value.indexOf('@') > 0 && value.substring(value.indexOf('@')).contains(".");
        } catch (AddressException e) {
            return false;
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
