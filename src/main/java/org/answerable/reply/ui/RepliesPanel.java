package org.answerable.reply.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.answerable.base.ui.Downloads;
import org.answerable.base.InvalidInputException;
import org.answerable.deadline.DateText;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.letter.Attachment;
import org.answerable.reply.letter.AttachmentDownload;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyService;
import org.answerable.request.FoiRequest;

/** The letters received about a request, each with its attachments; and a way to record another. */
class RepliesPanel extends Composite<VerticalLayout> {

    private final ReplyService replies;
    private final AnswerService answers;
    private final FoiRequest request;
    private final boolean canEdit;

    RepliesPanel(ReplyService replies, AnswerService answers, FoiRequest request, boolean canEdit) {
        this.replies = replies;
        this.answers = answers;
        this.request = request;
        this.canEdit = canEdit;
        getContent().setPadding(false);
        getContent().setId("replies");
        render();
    }

    private void render() {
        getContent().removeAll();
        getContent().add(new H3("Replies"));
        List<Reply> received = replies.repliesTo(request.getId());
        if (received.isEmpty()) {
            getContent().add(new Paragraph("No letters recorded yet."));
        }
        received.forEach(reply -> getContent().add(letter(reply)));
        if (canEdit && request.getDateSent() != null) {
            Button record = new Button("Record a letter", e -> new ReplyDialog(replies, request, saved -> refreshPage()).open());
            record.setId("record-reply");
            getContent().add(record);
        }
    }

    private Div letter(Reply reply) {
        Div box = new Div();
        box.addClassName("letter");
        String reference = reply.getAuthorityReference() == null ? "" : " · ref. " + reply.getAuthorityReference();
        box.add(new H4(reply.getType().label() + " · " + DateText.of(reply.getDateReceived()) + reference));
        if (reply.getLetterText() != null) {
            Pre text = new Pre(reply.getLetterText());
            text.addClassName("request-text");
            box.add(new Details("Letter text", text));
        }
        reply.getAttachments().forEach(file -> {
            Div row = new Div(download(file));
            row.addClassName("attachment-row");
            replies.whyNoText(file).ifPresent(why -> row.add(noTextNote(why)));
            box.add(row);
        });
        if (canEdit && reply.getLetterText() != null && reply.getType().carriesAnswers()) {
            // A letter that came by email has its text already: the assistant starts from it.
            Button paste = new Button("Read it with the paste assistant…", e -> new PasteAssistantDialog(answers, replies,
                    request, this::refreshPage).prefill(reply).open());
            paste.addClassName("paste-letter");
            paste.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(paste);
        }
        if (canEdit) {
            box.add(upload(reply));
        }
        return box;
    }

    private Anchor download(Attachment file) {
        Anchor link = Downloads.link(file.getFileName() + " (" + Math.max(1, file.getSizeBytes() / 1024) + " KB)",
                file.getFileName() + " could not be downloaded. Please try again, and tell your administrator if it fails again.",
                DownloadHandler.fromInputStream(event -> {
                    AttachmentDownload download = replies.download(file.getId());
                    return new DownloadResponse(new ByteArrayInputStream(download.content()), download.fileName(),
                            download.contentType(), download.content().length);
                }));
        link.addClassName("attachment");
        return link;
    }

    private static Span noTextNote(String why) {
        Span note = new Span(why);
        note.addClassName("no-text");
        return note;
    }

    private Upload upload(Reply reply) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                Attachment attached = replies.attach(reply.getId(), metadata.fileName(), bytes).getAttachments().getLast();
                Optional<String> whyNoText = replies.whyNoText(attached);
                Notification.show("Attached " + metadata.fileName() + whyNoText.map(why -> ": " + why).orElse(""),
                        whyNoText.isPresent() ? 8000 : 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(whyNoText.isPresent() ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
                refreshPage();
            } catch (InvalidInputException problem) {
                Notification.show(problem.getMessage(), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        })));
        upload.setMaxFileSize((int) replies.maxAttachmentBytes());
        upload.setAcceptedFileExtensions(".pdf", ".docx", ".odt", ".rtf", ".txt", ".eml", ".xlsx", ".csv",
                ".png", ".jpg", ".jpeg", ".tif", ".tiff");
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage(), 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        return upload;
    }

    private void refreshPage() {
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
