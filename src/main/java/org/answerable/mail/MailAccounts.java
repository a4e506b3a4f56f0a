package org.answerable.mail;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's mail accounts with their passwords decrypted, for sending and polling. It takes a team
 * id and checks nobody's rights: callers are services that already scoped the id to the signed-in
 * user's team, or the background poller acting for each team.
 */
@Component
public class MailAccounts {

    private final TeamMailSettingsRepository settings;
    private final MailSecretCipher cipher;

    MailAccounts(TeamMailSettingsRepository settings, MailSecretCipher cipher) {
        this.settings = settings;
        this.cipher = cipher;
    }

    /**
     * Empty when the team has set up no outgoing account.
     *
     * @throws MailKeyMissingException when the server has lost its mail key
     * @throws UnreadableSecretException when the key changed since the password was saved
     */
    @Transactional(readOnly = true)
    public Optional<OutgoingAccount> outgoing(Long teamId) {
        return settings.findByTeamId(teamId).filter(TeamMailSettings::hasOutgoing).map(s -> new OutgoingAccount(
                s.getTeamId(), s.getSmtpHost(), s.getSmtpPort(), s.getSmtpSecurity(), s.getSmtpUsername(),
                s.getSmtpUsername() == null ? null : cipher.decrypt(s.getSmtpPasswordEncrypted(), s.smtpPurpose()),
                s.getFromAddress(), s.getFromName(), s.getSignature(), s.isSubAddressing(), s.getReplyBaseAddress()));
    }

    /** Empty when the team has set up no incoming mailbox; throws as {@link #outgoing} does. */
    @Transactional(readOnly = true)
    public Optional<IncomingAccount> incoming(Long teamId) {
        return settings.findByTeamId(teamId).filter(TeamMailSettings::hasIncoming).map(s -> new IncomingAccount(
                s.getTeamId(), s.getImapHost(), s.getImapPort(), s.getImapSecurity(), s.getImapUsername(),
                cipher.decrypt(s.getImapPasswordEncrypted(), s.imapPurpose()), s.getImapFolder(),
                s.getImapFiledFolder(), s.getPollMinutes(), s.isSubAddressing(),
                s.getReplyBaseAddress() == null ? s.getFromAddress() : s.getReplyBaseAddress()));
    }

    /** The teams with an incoming mailbox, for the poller to visit in turn. */
    @Transactional(readOnly = true)
    public List<Long> teamsWithIncomingMail() {
        return settings.findByImapHostIsNotNullAndImapPasswordEncryptedIsNotNull().stream()
                .map(TeamMailSettings::getTeamId).toList();
    }
}
