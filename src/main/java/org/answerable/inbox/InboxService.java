package org.answerable.inbox;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.answerable.account.SignedInUser;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.inbox.ReceivedMail.AutomationSignals;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.answerable.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team's received mail: the Inbox of mail waiting for a person, and what was filed on each request. */
@Service
public class InboxService {

    static final int INBOX_PAGE = 200;
    private static final int REQUEST_CHOICES = 20;

    private final IncomingMailRepository mails;
    private final MailFilingRepository filings;
    private final MailboxCheckRepository checks;
    private final MailFiler filer;
    private final MailPolling polling;
    private final RawMailStore rawStore;
    private final RequestService requests;
    private final AuthorityService authorities;
    private final ReplyService replies;
    private final CurrentUser currentUser;
    private final MimeMailReader reader = new MimeMailReader();

    InboxService(IncomingMailRepository mails, MailFilingRepository filings, MailboxCheckRepository checks,
            MailFiler filer, MailPolling polling, RawMailStore rawStore, RequestService requests,
            AuthorityService authorities, ReplyService replies, CurrentUser currentUser) {
        this.mails = mails;
        this.filings = filings;
        this.checks = checks;
        this.filer = filer;
        this.polling = polling;
        this.rawStore = rawStore;
        this.requests = requests;
        this.authorities = authorities;
        this.replies = replies;
        this.currentUser = currentUser;
    }

    /** Mail no rule could file, newest first. */
    @Transactional(readOnly = true)
    public List<IncomingMail> waiting() {
        return mails.findByTeamIdAndStateOrderByReceivedAtDescIdDesc(currentUser.teamId(), IncomingMail.State.INBOX,
                PageRequest.of(0, INBOX_PAGE));
    }

    @Transactional(readOnly = true)
    public Optional<MailboxCheck> lastCheck() {
        return checks.findById(currentUser.teamId());
    }

    /** Reads the mailbox now; says what happened, in a sentence. */
    public String checkNow() {
        SignedInUser user = currentUser.requireEditor();
        return polling.pollNow(user.teamId()).map(PollResult::summary)
                .orElse("The mailbox is being read at this moment; new mail will appear here in a minute.");
    }

    /** Requests whose title, reference or words match, and requests to authorities whose name does. */
    @Transactional(readOnly = true)
    public List<FoiRequest> requestChoices(String text) {
        if (text == null || text.isBlank()) {
            return requests.page(RequestFilter.none(), PageRequest.of(0, REQUEST_CHOICES));
        }
        Map<Long, FoiRequest> found = new LinkedHashMap<>();
        Pageable page = PageRequest.of(0, REQUEST_CHOICES);
        requests.page(new RequestFilter(null, null, text, null, null), page).forEach(r -> found.put(r.getId(), r));
        for (Authority authority : authorities.search(text, PageRequest.of(0, 3)).getContent()) {
            requests.page(new RequestFilter(authority.getId(), null, null, null, null), page)
                    .forEach(r -> found.putIfAbsent(r.getId(), r));
        }
        return found.values().stream().limit(REQUEST_CHOICES).toList();
    }

    /** A person files mail from the Inbox on a request they chose. */
    @Transactional
    public void assign(Long mailId, long version, Long requestId) {
        SignedInUser user = currentUser.requireEditor();
        IncomingMail mail = waitingMail(mailId, version, user);
        ReceivedMail content = rawStore.read(mail.getRawPath()).map(reader::read).orElseGet(() -> envelopeOf(mail));
        filer.fileByHand(mail, requestId, content).ifPresent(problem -> {
            throw new InvalidInputException("request", problem);
        });
        mail.handledBy(user.userId(), IncomingMail.State.FILED);
    }

    @Transactional
    public void dismiss(Long mailId, long version) {
        SignedInUser user = currentUser.requireEditor();
        waitingMail(mailId, version, user).handledBy(user.userId(), IncomingMail.State.DISMISSED);
    }

    /** What came by email for this request, oldest first. */
    @Transactional(readOnly = true)
    public List<MailFiling> filedOn(Long requestId) {
        FoiRequest request = requests.get(requestId);
        return filings.findByTeamIdAndRequestIdOrderByFiledAtAscIdAsc(request.getTeamId(), request.getId());
    }

    /** The guessed kind of letter confirmed, or corrected (which moves the timeline with it). */
    @Transactional
    public void confirmType(Long filingId, ReplyType type, LocalDate newDueDate) {
        SignedInUser user = currentUser.requireEditor();
        MailFiling filing = filings.findByIdAndTeamId(filingId, user.teamId()).orElseThrow(() -> new NotFoundException("filing"));
        if (filing.getReplyId() == null) {
            throw new InvalidInputException("type", "This message was not filed as a letter.");
        }
        if (replies.get(filing.getReplyId()).getType() != type || newDueDate != null) {
            replies.retype(filing.getReplyId(), type, newDueDate);
        }
        filing.confirmType();
    }

    /** Records the authority's reference found in a message on its request. */
    @Transactional
    public void useReference(Long requestId, String reference) {
        currentUser.requireEditor();
        RequestDraft draft = RequestDraft.of(requests.get(requestId));
        draft.setAuthorityReference(reference);
        requests.update(requestId, draft);
    }

    private IncomingMail waitingMail(Long mailId, long version, SignedInUser user) {
        IncomingMail mail = mails.findByIdAndTeamId(mailId, user.teamId()).orElseThrow(() -> new NotFoundException("message"));
        if (mail.getVersion() != version || mail.getState() != IncomingMail.State.INBOX) {
            throw new ConcurrentEditException("message");
        }
        return mail;
    }

    private static ReceivedMail envelopeOf(IncomingMail mail) {
        return new ReceivedMail(mail.getMessageId(), List.of(), mail.getFromAddress(), mail.getFromName(), List.of(),
                mail.getSubject(), mail.getSentAt(), mail.getBodyText() == null ? mail.getInboxReason() : mail.getBodyText(),
                List.of(), null, AutomationSignals.NONE, List.of(), "");
    }
}
