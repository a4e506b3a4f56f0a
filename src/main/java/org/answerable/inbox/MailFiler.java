package org.answerable.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.answerable.base.Secrets;
import org.answerable.deadline.DateText;
import org.answerable.inbox.ReceivedMail.MailFile;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestService;
import org.answerable.timeline.EventDraft;
import org.answerable.timeline.TimelineService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files one received message for the signed-in team (the poller signs in as the team's mailbox,
 * a person assigning from the Inbox as themselves), all in one transaction: the record of the
 * message, its replies and their attachments commit together or not at all. The unique dedupe key
 * is written first, so a second filing of the same message fails before anything else is done.
 */
@Service
class MailFiler {

    enum Outcome { FILED, INBOX, ALREADY_FILED }

    private final IncomingMailRepository mails;
    private final MailFilingRepository filings;
    private final TeamRequests teamRequests;
    private final RequestService requests;
    private final ReplyService replies;
    private final TimelineService timelines;
    private final RawMailStore rawStore;
    private final Clock clock;

    MailFiler(IncomingMailRepository mails, MailFilingRepository filings, TeamRequests teamRequests,
            RequestService requests, ReplyService replies, TimelineService timelines, RawMailStore rawStore, Clock clock) {
        this.mails = mails;
        this.filings = filings;
        this.teamRequests = teamRequests;
        this.requests = requests;
        this.replies = replies;
        this.timelines = timelines;
        this.rawStore = rawStore;
        this.clock = clock;
    }

    /** The key a message is known by: its Message-ID, or a hash of its content when it has none. */
    static String dedupeKey(String messageId, String contentHash) {
        if (messageId == null || messageId.isBlank()) {
            return "hash:" + contentHash;
        }
        String id = messageId.strip();
        return id.length() <= 190 ? "id:" + id : "idhash:" + Secrets.hash(id);
    }

    @Transactional(readOnly = true)
    public boolean alreadyHave(Long teamId, String dedupeKey) {
        return mails.existsByTeamIdAndDedupeKey(teamId, dedupeKey);
    }

    @Transactional
    public Outcome file(Long teamId, ReceivedMail mail, byte[] raw) {
        String key = dedupeKey(mail.messageId(), mail.contentHash());
        if (mails.existsByTeamIdAndDedupeKey(teamId, key)) {
            return Outcome.ALREADY_FILED;
        }
        MailKind kind = MailClassifier.kindOf(mail);
        IncomingMail incoming = mails.saveAndFlush(new IncomingMail(teamId, key, mail, kind, Instant.now(clock), raw.length));
        MailMatch match = new MailMatcher(teamRequests).match(mail);
        if (!match.matched()) {
            return setAside(incoming, raw, (kind == MailKind.BOUNCE ? "A delivery failure report. " : "") + match.reason());
        }
        List<String> refused = new ArrayList<>();
        for (Long requestId : match.requestIds().stream().sorted().toList()) {
            fileTo(incoming, requestId, match.rule(), mail).ifPresent(refused::add);
        }
        if (refused.size() == match.requestIds().size()) {
            return setAside(incoming, raw, String.join(" ", refused));
        }
        if (kind != MailKind.LETTER) {
            incoming.keepRaw(rawStore.keep(teamId, raw));
        }
        incoming.filed();
        return Outcome.FILED;
    }

    /** Mail too large to read: what its envelope says is recorded, and a person files it by hand. */
    @Transactional
    public Outcome setAsideUnread(Long teamId, ReceivedMail envelope, long sizeBytes, String reason) {
        String key = dedupeKey(envelope.messageId(), envelope.contentHash());
        if (mails.existsByTeamIdAndDedupeKey(teamId, key)) {
            return Outcome.ALREADY_FILED;
        }
        IncomingMail incoming = mails.saveAndFlush(new IncomingMail(teamId, key, envelope, MailKind.LETTER,
                Instant.now(clock), sizeBytes));
        incoming.setAside(reason);
        return Outcome.INBOX;
    }

    /** A person files mail from the Inbox to a request of their choice. */
    @Transactional
    public Optional<String> fileByHand(IncomingMail incoming, Long requestId, ReceivedMail mail) {
        if (filings.existsByMailIdAndRequestId(incoming.getId(), requestId)) {
            return Optional.of("This message is already filed on that request.");
        }
        return fileTo(incoming, requestId, MatchRule.BY_HAND, mail);
    }

    private Outcome setAside(IncomingMail incoming, byte[] raw, String reason) {
        incoming.setAside(reason);
        incoming.keepRaw(rawStore.keep(incoming.getTeamId(), raw));
        return Outcome.INBOX;
    }

    /** Files the message on one request; the reason when it can't be. */
    private Optional<String> fileTo(IncomingMail incoming, Long requestId, MatchRule rule, ReceivedMail mail) {
        FoiRequest request = requests.get(requestId);
        Instant now = Instant.now(clock);
        if (incoming.getKind() != MailKind.LETTER) {
            filings.save(new MailFiling(incoming, requestId, null, rule, null, now));
            return Optional.empty();
        }
        LocalDate received = receivedOn(mail);
        if (request.getDateSent() == null) {
            return Optional.of("\"" + request.getTitle() + "\" is still a draft, so it can't have a reply yet.");
        }
        if (received.isBefore(request.getDateSent())) {
            return Optional.of("The message is dated " + DateText.of(received) + ", before \"" + request.getTitle()
                    + "\" was sent on " + DateText.of(request.getDateSent()) + ".");
        }
        List<String> notes = new ArrayList<>();
        ReplyType type = incoming.getGuessedType() == null ? ReplyType.OTHER : incoming.getGuessedType();
        Optional<String> clockProblem = type.timelineEvent().flatMap(event -> timelines.problemWith(requestId,
                new EventDraft(event, received, null, null)));
        if (clockProblem.isPresent()) {
            notes.add("It reads like \"" + type.label() + "\", but " + clockProblem.get() + " It was filed as \""
                    + ReplyType.OTHER.label() + "\"; change the type once that is sorted out.");
            type = ReplyType.OTHER;
        }
        Reply reply = replies.record(requestId, new ReplyDraft(type, received, null, letterText(incoming, mail), null));
        for (MailFile file : mail.attachments()) {
            replies.attachIfKept(reply.getId(), file.fileName(), file.content())
                    .ifPresent(problem -> notes.add("Not kept: " + problem));
        }
        if (!mail.problems().isEmpty()) {
            notes.add("Parts of the message could not be read: " + String.join(" ", mail.problems()));
        }
        filings.save(new MailFiling(incoming, requestId, reply.getId(), rule, notes.isEmpty() ? null : String.join("\n", notes), now));
        return Optional.empty();
    }

    /** The day it was sent, in UK time (FOI_RULES: days are UK calendar days); never after today. */
    private LocalDate receivedOn(ReceivedMail mail) {
        LocalDate today = LocalDate.now(clock);
        if (mail.sentAt() == null) {
            return today;
        }
        LocalDate sent = mail.sentAt().atZone(clock.getZone()).toLocalDate();
        return sent.isAfter(today) ? today : sent;
    }

    private static String letterText(IncomingMail incoming, ReceivedMail mail) {
        String heading = "From: " + incoming.sender() + "\nSubject: " + (mail.subject() == null ? "" : mail.subject());
        String text = mail.text() == null ? "" : mail.text();
        String letter = heading + "\n\n" + text;
        return letter.length() > Reply.LETTER_MAX_LENGTH ? letter.substring(0, Reply.LETTER_MAX_LENGTH) : letter;
    }
}
