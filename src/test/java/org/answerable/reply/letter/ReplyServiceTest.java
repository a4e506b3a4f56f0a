package org.answerable.reply.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.answerable.timeline.TimelineEventType;
import org.answerable.timeline.TimelineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReplyServiceTest {

    @Autowired ReplyService replies;
    @Autowired RequestService requests;
    @Autowired TimelineService timelines;
    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;

    FoiRequest request;

    @BeforeEach
    void aSentRequest() {
        users.signInNew(Role.MEMBER);
        request = send(LocalDate.of(2025, 6, 2));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_response_letter_goes_on_the_timeline_and_ends_the_wait() {
        Reply reply = replies.record(request.getId(), response(LocalDate.of(2025, 6, 30), "FOI651119421"));

        assertThat(replies.repliesTo(request.getId())).extracting(Reply::getAuthorityReference).containsExactly("FOI651119421");
        assertThat(reply.getTimelineEventId()).isNotNull();
        assertThat(timelines.timelineOf(request.getId()).events()).extracting(e -> e.getType())
                .containsExactly(TimelineEventType.REPLY_RECEIVED);
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.RESPONDED);
    }

    @Test
    void a_letter_dated_before_the_request_was_sent_is_refused() {
        assertThatThrownBy(() -> replies.record(request.getId(), response(LocalDate.of(2025, 5, 1), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("can't arrive before");
        assertThat(replies.repliesTo(request.getId())).isEmpty();
    }

    @Test
    void a_pdf_attachment_is_kept_unchanged_and_its_text_is_searchable() throws IOException {
        Reply reply = replies.record(request.getId(), response(LocalDate.of(2025, 6, 30), null));
        byte[] pdf = ReplyServiceTestFiles.pdfSaying("Multi-Agency Child Exploitation Terms of Reference");

        Attachment stored = replies.attach(reply.getId(), "MACE terms.pdf", pdf).getAttachments().getFirst();

        assertThat(stored.getContentType()).isEqualTo("application/pdf");
        assertThat(stored.getExtractedText()).contains("Terms of Reference");
        AttachmentDownload download = replies.download(stored.getId());
        assertThat(download.content()).isEqualTo(pdf);
        assertThat(download.fileName()).isEqualTo("MACE terms.pdf");
        assertThat(replies.search("terms of reference")).extracting(Reply::getId).containsExactly(reply.getId());
    }

    @Test
    void a_word_document_and_an_email_have_their_text_extracted() throws IOException {
        Reply reply = replies.record(request.getId(), response(LocalDate.of(2025, 6, 30), null));
        replies.attach(reply.getId(), "answer.docx", ReplyServiceTestFiles.docxSaying("The budget for this service is £341,900"));
        replies.attach(reply.getId(), "reply.eml", ("From: foi@leicester.gov.uk\r\nTo: me@example.org\r\n"
                + "Subject: Your request\r\nContent-Type: text/plain\r\n\r\nPlease find our response attached.\r\n")
                .getBytes(StandardCharsets.UTF_8));

        List<Attachment> files = replies.get(reply.getId()).getAttachments();
        assertThat(files).extracting(Attachment::getContentType).containsExactly(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "message/rfc822");
        assertThat(files.get(0).getExtractedText()).contains("£341,900");
        assertThat(files.get(1).getExtractedText()).contains("Please find our response attached");
    }

    @Test
    void a_file_is_judged_by_its_content_not_its_name() {
        Reply reply = replies.record(request.getId(), response(LocalDate.of(2025, 6, 30), null));
        byte[] windowsProgram = new byte[2048];
        windowsProgram[0] = 'M';
        windowsProgram[1] = 'Z';
        assertThatThrownBy(() -> replies.attach(reply.getId(), "refusal.pdf", windowsProgram))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a file type Answerable keeps");
        assertThat(replies.get(reply.getId()).getAttachments()).isEmpty();
    }

    @Test
    void random_bytes_named_as_a_pdf_are_refused_saying_the_file_is_not_what_it_claims() {
        Reply reply = replies.record(request.getId(), response(LocalDate.of(2025, 6, 30), null));
        byte[] noise = new byte[64 * 1024];
        new java.util.Random(14).nextBytes(noise);

        assertThatThrownBy(() -> replies.attach(reply.getId(), "nonsense.pdf", noise))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("\"nonsense.pdf\" is not a readable PDF: it may be damaged, or another kind of file "
                        + "named .pdf. Nothing was attached.");
        assertThat(replies.get(reply.getId()).getAttachments()).isEmpty();
    }

    @Test
    void a_pdf_named_as_a_word_document_is_refused_saying_what_it_really_is() throws IOException {
        Reply reply = replies.record(request.getId(), response(LocalDate.of(2025, 6, 30), null));

        assertThatThrownBy(() -> replies.attach(reply.getId(), "answer.docx", ReplyServiceTestFiles.pdfSaying("Budget")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("\"answer.docx\" is named as Word (DOCX) but holds a PDF. Rename it to end in .pdf, "
                        + "or save it again from the program that made it. Nothing was attached.");
    }

    @Test
    void a_pdf_without_a_text_layer_is_kept_and_marked_as_having_no_text() throws IOException {
        Reply reply = replies.record(request.getId(), response(LocalDate.of(2025, 6, 30), null));

        byte[] scanned = ReplyServiceTestFiles.pdfWithoutText();
        Attachment scan = replies.attach(reply.getId(), "scan.pdf", scanned).getAttachments().getFirst();

        assertThat(scan.getContentType()).isEqualTo("application/pdf");
        assertThat(scan.hasText()).isFalse();
        assertThat(replies.download(scan.getId()).content()).isEqualTo(scanned);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_the_limit() {
        Reply reply = replies.record(request.getId(), response(LocalDate.of(2025, 6, 30), null));
        byte[] huge = new byte[(int) replies.maxAttachmentBytes() + 1];
        assertThatThrownBy(() -> replies.attach(reply.getId(), "scan.pdf", huge))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 20.0 MB");
    }

    @Test
    void another_team_can_neither_find_nor_download_the_letters() throws IOException {
        Reply reply = replies.record(request.getId(), response(LocalDate.of(2025, 6, 30), null));
        Long attachmentId = replies.attach(reply.getId(), "a.pdf", ReplyServiceTestFiles.pdfSaying("Secret exploitation figures"))
                .getAttachments().getFirst().getId();

        users.signInNew(Role.MEMBER);
        assertThat(replies.search("exploitation figures")).isEmpty();
        assertThatThrownBy(() -> replies.download(attachmentId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> replies.get(reply.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> replies.repliesTo(request.getId())).isInstanceOf(NotFoundException.class);
    }

    private FoiRequest send(LocalDate sent) {
        Authority leicester = authorities.findByCode("LCE").orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Exploitation");
        draft.setAuthority(leicester);
        draft.setRegime(leicester.getDefaultRegime());
        draft.setDateSent(sent);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        return requests.create(draft);
    }

    private static ReplyDraft response(LocalDate received, String reference) {
        return new ReplyDraft(ReplyType.RESPONSE, received, reference, "Your request has now been considered.", null);
    }
}
