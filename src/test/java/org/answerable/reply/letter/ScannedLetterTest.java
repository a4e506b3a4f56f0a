package org.answerable.reply.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.answerable.account.Role;
import org.answerable.request.FoiRequest;
import org.answerable.support.ExploitationRequests;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A council posts a printed reply and the campaigner uploads the scan: its words become searchable text. */
@IntegrationTest
class ScannedLetterTest {

    @Autowired ReplyService replies;
    @Autowired ExploitationRequests examples;
    @Autowired TestUsers users;

    Reply reply;

    @BeforeEach
    void aReplyReceived() {
        users.signInNew(Role.MEMBER);
        FoiRequest request = examples.send("COV");
        reply = replies.record(request.getId(), new ReplyDraft(ReplyType.RESPONSE, LocalDate.of(2025, 6, 20), null, null, null));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_scanned_pdf_gets_its_text_by_ocr_and_can_be_searched() throws IOException {
        Attachment scan = replies.attach(reply.getId(), "scan.pdf", ScannedLetters.pdf()).getAttachments().getFirst();

        assertThat(scan.getContentType()).isEqualTo("application/pdf");
        assertThat(scan.getExtractedText()).contains("1,204 potholes were reported", "We do not hold this information");
        assertThat(replies.whyNoText(scan)).isEmpty();
        assertThat(replies.search("potholes were reported")).extracting(Reply::getId).containsExactly(reply.getId());
    }

    @Test
    void a_photographed_page_is_accepted_and_read() throws IOException {
        Attachment photo = replies.attach(reply.getId(), "page 2.png", ScannedLetters.pngSaying("Section 40(2) applies to the names"))
                .getAttachments().getFirst();

        assertThat(photo.getContentType()).isEqualTo("image/png");
        assertThat(photo.getExtractedText()).contains("Section 40(2) applies to the names");
    }

    @Test
    void a_scan_with_no_words_says_so_instead_of_showing_an_empty_text() throws IOException {
        Attachment blank = replies.attach(reply.getId(), "blank.png", ScannedLetters.pngSaying("")).getAttachments().getFirst();

        assertThat(blank.getExtractedText()).isNull();
        assertThat(replies.whyNoText(blank)).contains("no text (scanned?): none found, even by reading the scan (OCR)");
    }
}
