package org.answerable.reply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import org.answerable.account.Role;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.reply.letter.ScannedLetters;
import org.answerable.request.FoiRequest;
import org.answerable.support.ExploitationRequests;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A campaigner uploads the scan of a printed reply: its words are read, or the page says why not. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class ScannedAttachmentViewTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired ExploitationRequests examples;
    @Autowired ReplyService replies;

    FoiRequest request;

    @BeforeEach
    void aReplyRecorded() {
        users.signInNew(Role.MEMBER);
        request = examples.send("COV");
        replies.record(request.getId(), new ReplyDraft(ReplyType.RESPONSE, LocalDate.of(2025, 6, 20), null, null, null));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void campaigner_uploads_a_scanned_reply_and_can_search_its_words() throws Exception {
        navigate("requests/" + request.getId(), Main.class);

        test($(Upload.class).single()).upload("scan.pdf", "application/pdf", ScannedLetters.pdf());

        assertThat($(Anchor.class).all()).extracting(Anchor::getText).anyMatch(t -> t.startsWith("scan.pdf"));
        assertThat($(Span.class).withClassName("no-text").all()).isEmpty();
        assertThat(replies.search("1,204 potholes")).hasSize(1);
    }

    @Test
    void a_scan_without_words_is_listed_with_the_reason_it_has_no_text() throws Exception {
        navigate("requests/" + request.getId(), Main.class);

        test($(Upload.class).single()).upload("blank page.png", "image/png", ScannedLetters.pngSaying(""));

        assertThat($(Span.class).withClassName("no-text").all()).extracting(Span::getText)
                .containsExactly("no text (scanned?): none found, even by reading the scan (OCR)");
    }
}
