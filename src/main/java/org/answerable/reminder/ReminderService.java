package org.answerable.reminder;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import org.answerable.account.SignedInUser;
import org.answerable.account.Team;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.mail.MailAccounts;
import org.answerable.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own choice of reminder emails, and the one-click way out of them. */
@Service
public class ReminderService {

    private final ReminderPreferenceRepository preferences;
    private final UnsubscribeTokens tokens;
    private final CurrentUser currentUser;
    private final MailAccounts mailAccounts;

    ReminderService(ReminderPreferenceRepository preferences, UnsubscribeTokens tokens, CurrentUser currentUser,
            MailAccounts mailAccounts) {
        this.preferences = preferences;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.mailAccounts = mailAccounts;
    }

    @Transactional(readOnly = true)
    public ReminderSettings mine() {
        SignedInUser me = currentUser.require();
        return preferences.findByUserId(me.userId()).map(ReminderPreference::settings).orElseGet(ReminderSettings::off);
    }

    /**
     * @throws InvalidInputException naming the field, e.g. no address while a reminder is chosen
     * @throws ConcurrentEditException when the choices were changed elsewhere meanwhile (another tab, an unsubscribe link)
     */
    @Transactional
    public ReminderSettings save(ReminderSettings settings) {
        SignedInUser me = currentUser.require();
        validate(settings);
        ReminderPreference preference = preferences.findByUserId(me.userId())
                .orElseGet(() -> new ReminderPreference(me.userId()));
        if (preference.getVersion() != settings.version()) {
            throw new ConcurrentEditException("choice of reminders");
        }
        preference.apply(settings);
        return preferences.saveAndFlush(preference).settings();
    }

    /** The signed-in user's teams that can't send reminders because no outgoing mail account is set up. */
    @Transactional(readOnly = true)
    public List<String> teamsWithoutOutgoingMail() {
        return currentUser.teams().stream().filter(team -> !sendsMail(team)).map(Team::getName).toList();
    }

    /** Turns off every reminder of the link's owner; false when the link is not valid. */
    @Transactional
    public boolean unsubscribe(String token) {
        return tokens.userIn(token).flatMap(preferences::findByUserId).map(preference -> {
            preference.turnOff();
            return true;
        }).orElse(false);
    }

    private boolean sendsMail(Team team) {
        try {
            return mailAccounts.outgoing(team.getId()).isPresent();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static void validate(ReminderSettings settings) {
        boolean wanted = settings.digest() || settings.beforeDeadlines();
        if (wanted && (settings.email() == null || settings.email().isBlank())) {
            throw new InvalidInputException("email", "Enter the email address reminders go to");
        }
        if (settings.email() != null && !settings.email().isBlank()) {
            if (settings.email().length() > ReminderPreference.EMAIL_MAX_LENGTH) {
                throw new InvalidInputException("email", "That address is too long");
            }
            try {
                new InternetAddress(settings.email().strip(), true);
            } catch (AddressException e) {
                throw new InvalidInputException("email", "\"" + settings.email().strip() + "\" is not an email address");
            }
            if (!settings.email().contains("@")) {
                throw new InvalidInputException("email", "\"" + settings.email().strip() + "\" is not an email address");
            }
        }
        if (settings.digestTime() == null) {
            throw new InvalidInputException("digestTime", "Choose the time the daily digest comes");
        }
        if (settings.daysBefore() < 1 || settings.daysBefore() > ReminderPreference.MAX_DAYS_BEFORE) {
            throw new InvalidInputException("daysBefore", "Choose 1 to " + ReminderPreference.MAX_DAYS_BEFORE + " working days");
        }
    }
}
