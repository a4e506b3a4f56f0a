package org.answerable.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.answerable.account.SignedInUser;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.security.CurrentUser;
import org.answerable.timeline.EventDraft;
import org.answerable.timeline.TimelineEventType;
import org.answerable.timeline.TimelineService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a draft request to its authority from the team's own mailbox, then records it.
 *
 * <p>The mail server accepting the letter is the point of no return, so the order is: check
 * everything and compose (read-only), send, then record the Message-ID, the date sent, the letter
 * and the timeline event in one transaction. A send that fails records nothing and the request
 * stays a draft. If recording fails after the letter went, the user is told plainly that it was
 * sent, and the log keeps its Message-ID (docs/email.md).
 */
@Service
public class RequestMailer {

    private static final Logger LOG = LoggerFactory.getLogger(RequestMailer.class);

    private final RequestService requests;
    private final TimelineService timeline;
    private final MailAccounts accounts;
    private final MailConnections connections;
    private final MailSettingsService settings;
    private final ReplyAddress replyAddress;
    private final SentMailRepository sentMail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;
    /** Requests being sent by this server now: a double click must not send a letter twice. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    RequestMailer(RequestService requests, TimelineService timeline, MailAccounts accounts, MailConnections connections,
            MailSettingsService settings, ReplyAddress replyAddress, SentMailRepository sentMail, CurrentUser currentUser,
            Clock clock, PlatformTransactionManager transactions) {
        this.requests = requests;
        this.timeline = timeline;
        this.accounts = accounts;
        this.connections = connections;
        this.settings = settings;
        this.replyAddress = replyAddress;
        this.sentMail = sentMail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readWrite = new TransactionTemplate(transactions);
    }

    /**
     * The letter for a draft request, composed for the user to read and edit.
     *
     * @throws SendRefusedException saying what stops it being sent (no mail account, no FOI email…)
     */
    public LetterDraft draft(Long requestId) {
        currentUser.requireEditor();
        return readOnly.execute(status -> {
            FoiRequest request = requests.get(requestId);
            requireDraft(request);
            OutgoingAccount account = sendableAccount();
            String to = checkedRecipient(request);
            RequestLetter.Letter letter = RequestLetter.compose(new RequestLetter.Facts(request.getId(), request.getTitle(),
                    request.getAuthority().getOfficialName(), request.getRegime(),
                    request.getQuestions().stream().map(q -> new RequestLetter.Question(q.getLabel(), q.getText())).toList(),
                    request.getRequestText(), signature(account)));
            return new LetterDraft(request.getId(), request.getVersion(), request.getAuthority().getOfficialName(),
                    account.fromAddress(), to, replyToFor(account, request.getId()), letter.subject(), letter.body());
        });
    }

    /**
     * Sends the letter as the user left it; the subject keeps its {@code [ANS-id]} tag whatever
     * they did to it.
     *
     * @throws SendRefusedException when it can't be sent as things stand; nothing was sent
     * @throws MailConnectionException when the mail server failed or refused it; nothing was sent
     * @throws ConcurrentEditException when the request was changed since the letter was composed
     * @throws SentButNotRecordedException when it was sent but could not be recorded
     */
    public SentLetter send(Long requestId, long version, String subject, String body) {
        SignedInUser user = currentUser.requireEditor();
        if (!inFlight.add(requestId)) {
            throw new SendRefusedException("This request is being sent already.");
        }
        try {
            Outgoing letter = readOnly.execute(status -> prepare(requestId, version, subject, body));
            Instant sentAt = deliver(letter);
            try {
                return readWrite.execute(status -> record(letter, sentAt, user));
            } catch (RuntimeException e) {
                LOG.error("Request {} was sent to {} with Message-ID {} at {}, but recording it failed",
                        requestId, letter.to(), letter.messageId(), sentAt, e);
                throw new SentButNotRecordedException(letter.to(), sentAt, clock.getZone(), e);
            }
        } finally {
            inFlight.remove(requestId);
        }
    }

    /** Sends the letter as composed, unedited: for sending a campaign's requests in one go. */
    public SentLetter sendAsComposed(Long requestId) {
        LetterDraft draft = draft(requestId);
        return send(requestId, draft.version(), draft.subject(), draft.body());
    }

    /** Everything about one letter, checked and ready to go. */
    private record Outgoing(Long teamId, Long requestId, OutgoingAccount account, String to, String replyTo,
            String subject, String body, String messageId) {
    }

    private Outgoing prepare(Long requestId, long version, String subject, String body) {
        FoiRequest request = requests.get(requestId);
        requireDraft(request);
        if (request.getVersion() != version) {
            throw new ConcurrentEditException("request");
        }
        OutgoingAccount account = sendableAccount();
        String to = checkedRecipient(request);
        String taggedSubject = SubjectTag.ensureIn(subject, requestId);
        if (taggedSubject.length() > SentMail.SUBJECT_MAX_LENGTH) {
            throw new InvalidInputException("subject", "Keep the subject under " + SentMail.SUBJECT_MAX_LENGTH + " characters");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "The letter is empty");
        }
        if (body.length() > SentMail.BODY_MAX_LENGTH) {
            throw new InvalidInputException("body", "Keep the letter under " + SentMail.BODY_MAX_LENGTH + " characters");
        }
        return new Outgoing(request.getTeamId(), requestId, account, to, replyToFor(account, requestId), taggedSubject,
                body, messageIdFor(requestId, account.fromAddress()));
    }

    private Instant deliver(Outgoing letter) {
        OutgoingAccount account = letter.account();
        JavaMailSenderImpl sender = connections.sender(account);
        try {
            MimeMessage message = new FixedIdMessage(sender, letter.messageId());
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            if (account.fromName() == null) {
                helper.setFrom(account.fromAddress());
            } else {
                helper.setFrom(account.fromAddress(), account.fromName());
            }
            helper.setTo(letter.to());
            if (letter.replyTo() != null) {
                helper.setReplyTo(letter.replyTo());
            }
            helper.setSubject(letter.subject());
            helper.setText(letter.body(), false);
            Instant sentAt = clock.instant();
            helper.setSentDate(java.util.Date.from(sentAt));
            sender.send(message);
            return sentAt;
        } catch (MessagingException | MailException | UnsupportedEncodingException e) {
            MailFailure failure = MailFailure.of(e, account.host(), account.port());
            LOG.info("Request {} not sent: {}", letter.requestId(), failure.message());
            throw new MailConnectionException(failure, e);
        }
    }

    private SentLetter record(Outgoing letter, Instant sentAt, SignedInUser user) {
        LocalDate day = LocalDate.ofInstant(sentAt, clock.getZone());
        sentMail.save(new SentMail(letter.teamId(), letter.requestId(), letter.messageId(), letter.to(), letter.replyTo(),
                letter.subject(), letter.body(), sentAt, user.userId()));
        requests.recordSentByEmail(letter.requestId(), day, letter.body());
        timeline.record(letter.requestId(), new EventDraft(TimelineEventType.SENT_BY_EMAIL, day, null,
                "To " + letter.to() + " · Message-ID " + letter.messageId()));
        return new SentLetter(letter.requestId(), letter.to(), letter.messageId(), day);
    }

    private OutgoingAccount sendableAccount() {
        SendingReadiness readiness = settings.sendingReadiness();
        if (!readiness.isReady()) {
            throw new SendRefusedException(readiness.problem().orElseThrow());
        }
        return accounts.outgoing(currentUser.teamId()).orElseThrow();
    }

    private static void requireDraft(FoiRequest request) {
        if (request.getStatus() != RequestStatus.DRAFT || request.getDateSent() != null) {
            throw new SendRefusedException("This request has already been sent" + (request.getDateSent() == null ? ""
                    : " (on " + request.getDateSent() + ")") + "; only a draft can be sent by email.");
        }
    }

    private static String checkedRecipient(FoiRequest request) {
        String email = request.getAuthority().getFoiEmail();
        String name = request.getAuthority().getOfficialName();
        if (email == null || email.isBlank()) {
            throw new SendRefusedException("The authority directory has no FOI email address for " + name
                    + ". Add it to the authority, then send.", request.getAuthority().getId());
        }
        if (!MailSettingsService.isValidAddress(email.strip())) {
            throw new SendRefusedException("The FOI email address of " + name + " in the directory, \"" + email
                    + "\", is not a valid address. Correct it, then send.", request.getAuthority().getId());
        }
        return email.strip();
    }

    private String replyToFor(OutgoingAccount account, Long requestId) {
        return account.subAddressing() ? replyAddress.forRequest(account.replyMailbox(), requestId) : null;
    }

    private static String signature(OutgoingAccount account) {
        return account.signature() != null ? account.signature() : account.fromName();
    }

    /** Unique and known before sending, so the record and the letter carry the same one. */
    private static String messageIdFor(Long requestId, String fromAddress) {
        String domain = fromAddress.substring(fromAddress.lastIndexOf('@') + 1);
        byte[] random = new byte[8];
        ThreadLocalRandom.current().nextBytes(random);
        return "<ans-" + requestId + "." + HexFormat.of().formatHex(random) + "@" + domain + ">";
    }

    /** Jakarta Mail makes up its own Message-ID when sending; this keeps ours. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(JavaMailSenderImpl sender, String messageId) {
            super(sender.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
