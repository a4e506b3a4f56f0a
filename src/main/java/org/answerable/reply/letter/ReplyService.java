package org.answerable.reply.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.answerable.account.SignedInUser;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.deadline.DateText;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestService;
import org.answerable.security.CurrentUser;
import org.answerable.timeline.EventDraft;
import org.answerable.timeline.RequestEvent;
import org.answerable.timeline.TimelineService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The letters a team received about its requests, and their attachments. */
@Service
public class ReplyService {

    static final int SEARCH_LIMIT = 100;

    private final ReplyRepository replies;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final RequestService requests;
    private final TimelineService timelines;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReplyService(ReplyRepository replies, AttachmentRepository attachments, AttachmentStore store,
            RequestService requests, TimelineService timelines, CurrentUser currentUser, Clock clock) {
        this.replies = replies;
        this.attachments = attachments;
        this.store = store;
        this.requests = requests;
        this.timelines = timelines;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Reply> repliesTo(Long requestId) {
        FoiRequest request = requests.get(requestId);
        return replies.findByRequestIdAndTeamIdOrderByDateReceivedAscIdAsc(request.getId(), request.getTeamId());
    }

    @Transactional(readOnly = true)
    public Reply get(Long replyId) {
        return replies.findByIdAndTeamId(replyId, currentUser.teamId()).orElseThrow(() -> new NotFoundException("reply"));
    }

    /** Saves the letter and puts it on the request's timeline, where it may move the clock. */
    @Transactional
    public Reply record(Long requestId, ReplyDraft draft) {
        SignedInUser user = currentUser.requireEditor();
        FoiRequest request = requests.get(requestId);
        validate(request, draft);
        Reply reply = replies.save(new Reply(user.teamId(), request.getId(), draft, user.userId()));
        draft.type().timelineEvent().ifPresent(eventType -> {
            RequestEvent event = timelines.record(requestId, new EventDraft(eventType, draft.dateReceived(),
                    draft.newDueDate(), draft.type().label() + letterReference(draft)));
            reply.linkTimelineEvent(event.getId());
        });
        return reply;
    }

    @Transactional
    public Reply attach(Long replyId, String fileName, byte[] content) {
        SignedInUser user = currentUser.requireEditor();
        Reply reply = replies.findByIdAndTeamId(replyId, user.teamId()).orElseThrow(() -> new NotFoundException("reply"));
        reply.attach(store.store(user.teamId(), fileName, content));
        return replies.saveAndFlush(reply);
    }

    @Transactional(readOnly = true)
    public AttachmentDownload download(Long attachmentId) {
        Attachment attachment = attachments.findByIdAndTeamId(attachmentId, currentUser.teamId())
                .orElseThrow(() -> new NotFoundException("attachment"));
        return new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), store.read(attachment));
    }

    /** Letters and attachments of the team containing the text, newest first. */
    @Transactional(readOnly = true)
    public List<Reply> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        List<Reply> found = replies.search(currentUser.teamId(), "%" + escaped + "%", PageRequest.of(0, SEARCH_LIMIT));
        // The results page quotes the attachments' text after this transaction ends.
        found.forEach(Reply::getAttachments);
        return found;
    }

    public long maxAttachmentBytes() {
        return store.maxBytes();
    }

    /**
     * Why a scanned letter or page has no text, in the user's words; empty when it has text or is
     * not a kind of file that can be a scan. Without Tesseract the user learns that OCR is missing
     * rather than meeting an empty text.
     */
    public Optional<String> whyNoText(Attachment attachment) {
        return store.whyNoText(attachment.getContentType(), attachment.getExtractedText());
    }

    private void validate(FoiRequest request, ReplyDraft draft) {
        if (draft.type() == null) {
            throw new InvalidInputException("type", "Choose what kind of letter this is");
        }
        if (draft.dateReceived() == null) {
            throw new InvalidInputException("dateReceived", "Enter the date the letter arrived");
        }
        if (draft.dateReceived().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("dateReceived", "The date received can't be in the future");
        }
        if (request.getDateSent() != null && draft.dateReceived().isBefore(request.getDateSent())) {
            throw new InvalidInputException("dateReceived", "The request was sent on " + DateText.of(request.getDateSent())
                    + "; a reply can't arrive before that");
        }
        if (draft.authorityReference() != null && draft.authorityReference().length() > Reply.REFERENCE_MAX_LENGTH) {
            throw new InvalidInputException("authorityReference", "Keep the reference under " + Reply.REFERENCE_MAX_LENGTH + " characters");
        }
        if (draft.letterText() != null && draft.letterText().length() > Reply.LETTER_MAX_LENGTH) {
            throw new InvalidInputException("letterText", "The letter is too long to keep as text; attach it as a file instead");
        }
    }

    private static String letterReference(ReplyDraft draft) {
        return draft.authorityReference() == null || draft.authorityReference().isBlank() ? ""
                : " (ref. " + draft.authorityReference().strip() + ")";
    }
}
