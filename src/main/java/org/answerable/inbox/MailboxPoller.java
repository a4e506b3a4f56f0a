package org.answerable.inbox;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.NotTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.answerable.inbox.ReceivedMail.AutomationSignals;
import org.answerable.mail.IncomingAccount;
import org.answerable.mail.MailAccounts;
import org.answerable.mail.MailConnectionException;
import org.answerable.mail.MailConnections;
import org.answerable.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Reads a team's mailbox once: each message not yet marked as handled is filed (its own database
 * transaction), and only after that commit is it marked on the server (moved to the filed folder,
 * or given the {@value #HANDLED_KEYWORD} keyword). A crash between the two leaves the message
 * unmarked; the next reading finds it already recorded and only marks it. A message that fails is
 * named in the result and the rest are still read.
 */
@Component
class MailboxPoller {

    static final String HANDLED_KEYWORD = "AnswerableFiled";
    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    /** What is done on the server once a message is safely recorded; tests put a crash here. */
    interface ServerMarking {
        void markHandled(Folder source, Message message, IncomingAccount account) throws MessagingException;
    }

    private final MailAccounts accounts;
    private final MailConnections connections;
    private final MailFiler filer;
    private final CurrentUser currentUser;
    private final MimeMailReader reader = new MimeMailReader();
    private final long maxMessageBytes;
    private final Clock clock;

    MailboxPoller(MailAccounts accounts, MailConnections connections, MailFiler filer, CurrentUser currentUser,
            @Value("${answerable.mail.max-message-bytes:41943040}") long maxMessageBytes, Clock clock) {
        this.accounts = accounts;
        this.connections = connections;
        this.filer = filer;
        this.currentUser = currentUser;
        this.maxMessageBytes = maxMessageBytes;
        this.clock = clock;
    }

    PollResult poll(Long teamId) {
        return poll(teamId, MailboxPoller::markOnServer);
    }

    PollResult poll(Long teamId, ServerMarking marking) {
        IncomingAccount account;
        try {
            Optional<IncomingAccount> configured = accounts.incoming(teamId);
            if (configured.isEmpty()) {
                return PollResult.unreachable("No incoming mailbox is set up for this team.");
            }
            account = configured.get();
        } catch (RuntimeException e) {
            return PollResult.unreachable("The mailbox password can't be read on this server: " + e.getMessage());
        }
        try (Store store = connections.openStore(account)) {
            Folder folder = store.getFolder(account.folder());
            if (!folder.exists()) {
                return PollResult.unreachable("The mailbox has no folder called \"" + account.folder() + "\".");
            }
            folder.open(Folder.READ_WRITE);
            try {
                return readAll(teamId, account, folder, marking);
            } finally {
                folder.close(true);
            }
        } catch (MailConnectionException e) {
            return PollResult.unreachable(e.getMessage());
        } catch (MessagingException | RuntimeException e) {
            log.warn("Reading the mailbox of team {} failed", teamId, e);
            return PollResult.unreachable("Reading the mailbox failed: " + e.getMessage());
        }
    }

    private PollResult readAll(Long teamId, IncomingAccount account, Folder folder, ServerMarking marking)
            throws MessagingException {
        Message[] waiting = folder.search(new NotTerm(new FlagTerm(new Flags(HANDLED_KEYWORD), true)));
        int filed = 0;
        int toInbox = 0;
        int already = 0;
        List<String> problems = new ArrayList<>();
        for (Message message : waiting) {
            try {
                if (message.isSet(Flags.Flag.DELETED)) {
                    continue;
                }
                MailFiler.Outcome outcome = fileOne(teamId, message);
                switch (outcome) {
                    case FILED -> filed++;
                    case INBOX -> toInbox++;
                    case ALREADY_FILED -> already++;
                }
                marking.markHandled(folder, message, account);
            } catch (MessagingException | IOException | RuntimeException e) {
                log.warn("A message in the mailbox of team {} could not be handled", teamId, e);
                problems.add("A message could not be handled (" + describe(message) + "): " + e.getMessage()
                        + ". It stays in the mailbox and is tried again next time.");
            }
        }
        return new PollResult(true, filed, toInbox, already, problems);
    }

    private MailFiler.Outcome fileOne(Long teamId, Message message) throws MessagingException, IOException {
        String messageId = MimeMailReader.firstId(first(message.getHeader("Message-ID")));
        if (messageId != null && filer.alreadyHave(teamId, MailFiler.dedupeKey(messageId, null))) {
            return MailFiler.Outcome.ALREADY_FILED;
        }
        int size = message.getSize();
        if (size > maxMessageBytes) {
            ReceivedMail envelope = envelope(message, messageId, size);
            return asMailbox(teamId, () -> filer.setAsideUnread(teamId, envelope, size, "This message is "
                    + megabytes(size) + ", more than Answerable reads (" + megabytes(maxMessageBytes)
                    + "). Open it in your mail program and record it on its request by hand."));
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(size, 1024));
        message.writeTo(raw);
        byte[] bytes = raw.toByteArray();
        ReceivedMail mail = reader.read(bytes);
        return asMailbox(teamId, () -> filer.file(teamId, mail, bytes));
    }

    /** Files as the team's mailbox; another instance filing the same message first counts as filed. */
    private MailFiler.Outcome asMailbox(Long teamId, java.util.function.Supplier<MailFiler.Outcome> filing) {
        try {
            return currentUser.callAsTeamMailbox(teamId, filing)
                    .orElseThrow(() -> new IllegalStateException("The team no longer exists"));
        } catch (DataIntegrityViolationException filedMeanwhile) {
            return MailFiler.Outcome.ALREADY_FILED;
        }
    }

    private ReceivedMail envelope(Message message, String messageId, long size) throws MessagingException {
        String from = message.getFrom() != null && message.getFrom().length > 0
                && message.getFrom()[0] instanceof InternetAddress a ? a.getAddress() : null;
        Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
        String hash = MimeMailReader.contentHash(from, message.getSubject(), sent, "size " + size, List.of());
        return new ReceivedMail(messageId, List.of(), from, null, List.of(), message.getSubject(), sent, null, List.of(),
                null, AutomationSignals.NONE, List.of(), hash);
    }

    static void markOnServer(Folder source, Message message, IncomingAccount account) throws MessagingException {
        message.setFlags(new Flags(HANDLED_KEYWORD), true);
        if (account.filedFolder() != null && !account.filedFolder().isBlank()) {
            Folder filed = source.getStore().getFolder(account.filedFolder());
            source.copyMessages(new Message[] {message}, filed);
            message.setFlag(Flags.Flag.DELETED, true);
        }
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String describe(Message message) {
        try {
            return "\"" + message.getSubject() + "\"";
        } catch (MessagingException | RuntimeException e) {
            return "no readable subject";
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.0f MB", bytes / 1_048_576.0);
    }

}
