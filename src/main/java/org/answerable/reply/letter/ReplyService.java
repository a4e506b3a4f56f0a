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
import org.answerable.reply.answer.Answer;
import org.answerable.reply.answer.AnswerService;
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
    private final AnswerService answers;
    private final TimelineService timelines;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReplyService(ReplyRepository replies, AttachmentRepository attachments, AttachmentStore store,
            RequestService requests, AnswerService answers, TimelineService timelines, CurrentUser currentUser,
            Clock clock) {
        this.replies = replies;
        this.attachments = attachments;
        this.store = store;
        this.requests = requests;
        this.answers = answers;
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

    /**
     * The paste assistant's confirmation: the letter and its answers, all saved or none. The letter
     * is recorded (and moves the clock) unless its text came from an attachment, whose letter is on
     * file already; pasting the same letter again does not file it twice.
     */
    @Transactional
    public List<Answer> recordWithAnswers(Long requestId, PastedReply pasted) {
        Reply letter = pasted.recordedLetterId() != null ? recordedLetter(pasted.recordedLetterId(), requestId)
                : sameLetter(requestId, pasted.letter()).orElseGet(() -> record(requestId, pasted.letter()));
        return answers.saveAll(requestId, pasted.answers().stream().map(a -> a.fromLetter(letter.getId())).toList());
    }

    private Reply recordedLetter(Long replyId, Long requestId) {
        SignedInUser user = currentUser.requireEditor();
        return replies.findByIdAndTeamId(replyId, user.teamId())
                .filter(r -> r.getRequestId().equals(requestId)).orElseThrow(() -> new NotFoundException("reply"));
    }

    private Optional<Reply> sameLetter(Long requestId, ReplyDraft draft) {
        if (draft == null || draft.letterText() == null || draft.letterText().isBlank()) {
            return Optional.empty();
        }
        return repliesTo(requestId).stream().filter(r -> r.getType() == draft.type()
                && r.getDateReceived().equals(draft.dateReceived())
                && draft.letterText().strip().equals(r.getLetterText())).findFirst();
    }

    @Transactional
    public Reply attach(Long replyId, String fileName, byte[] content) {
        SignedInUser user = currentUser.requireEditor();
        Reply reply = replies.findByIdAndTeamId(replyId, user.teamId()).orElseThrow(() -> new NotFoundException("reply"));
        reply.attach(store.store(user.teamId(), fileName, content));
        return replies.saveAndFlush(reply);
    }

    /**
     * For mail filed by itself: a file Answerable does not keep (its type, its size) is named in
     * the answer instead of refused, so the letter and its other files are still filed.
     */
    @Transactional
    public Optional<String> attachIfKept(Long replyId, String fileName, byte[] content) {
        try {
            attach(replyId, fileName, content);
            return Optional.empty();
        } catch (InvalidInputException notKept) {
            return Optional.of(notKept.getMessage());
        }
    }

    /**
     * Corrects what kind of letter this is (a guess confirmed or changed): the timeline event it
     * made goes, and the new kind's event, if any, is recorded in its place.
     */
    @Transactional
    public Reply retype(Long replyId, ReplyType type, LocalDate newDueDate) {
        SignedInUser user = currentUser.requireEditor();
        Reply reply = replies.findByIdAndTeamId(replyId, user.teamId()).orElseThrow(() -> new NotFoundException("reply"));
        if (type == null) {
            throw new InvalidInputException("type", "Choose what kind of letter this is");
        }
        if (reply.getTimelineEventId() != null) {
            timelines.remove(reply.getRequestId(), reply.getTimelineEventId());
            reply.linkTimelineEvent(null);
        }
        ReplyDraft draft = new ReplyDraft(type, reply.getDateReceived(), reply.getAuthorityReference(),
                reply.getLetterText(), newDueDate);
        reply.change(draft);
        type.timelineEvent().ifPresent(eventType -> reply.linkTimelineEvent(timelines.record(reply.getRequestId(),
                new EventDraft(eventType, draft.dateReceived(), newDueDate, type.label() + letterReference(draft))).getId()));
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

    /** A found letter with the request it answers, named "title — authority". */
    public record SearchHit(Reply reply, String requestLabel) {
    }

    /** {@link #search} with each letter's request named, for a results list. */
    @Transactional(readOnly = true)
    public List<SearchHit> searchNamingRequests(String text) {
        List<Reply> found = search(text);
        java.util.Map<Long, String> labels = requests.labels(found.stream().map(Reply::getRequestId).distinct().toList());
        return found.stream().map(reply -> new SearchHit(reply, labels.getOrDefault(reply.getRequestId(), ""))).toList();
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
        if (draft == null || draft.type() == null) {
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
