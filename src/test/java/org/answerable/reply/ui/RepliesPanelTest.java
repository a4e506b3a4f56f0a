package org.answerable.reply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(packages = "org.answerable")
class RepliesPanelTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired ReplyService replies;
    @Autowired AuthorityService authorities;

    FoiRequest request;

    @BeforeEach
    void aSentRequest() {
        users.signInNew(Role.MEMBER);
        Authority leicester = authorities.findByCode("LCE").orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Exploitation");
        draft.setAuthority(leicester);
        draft.setRegime(leicester.getDefaultRegime());
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        draft.setAuthorityReference("FOI651119421");
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        request = requests.create(draft);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void campaigner_records_the_councils_response_letter_and_attaches_its_pdf() throws Exception {
        navigate("requests/" + request.getId(), Main.class);
        test($(Button.class).withId("record-reply").single()).click();

        ReplyDialog dialog = $(ReplyDialog.class).single();
        assertThat(dialog.reference.getValue()).as("the request's reference is offered").isEqualTo("FOI651119421");
        test(dialog.type).selectItem(ReplyType.RESPONSE.label());
        dialog.dateReceived.setValue(LocalDate.of(2025, 6, 30));
        test(dialog.letterText).setValue("Your request for information has now been considered.");
        test(dialog.save).click();

        assertThat($(H4.class).all()).extracting(H4::getText)
                .containsExactly("Response (full, partial or refusal notice) · Mon 30 Jun 2025 · ref. FOI651119421");

        test($(Upload.class).single()).upload("response.pdf", "application/pdf",
                org.answerable.reply.letter.ReplyServiceTestFiles.pdfSaying("Child Exploitation and Missing Team"));
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).anyMatch(t -> t.startsWith("response.pdf"));
        assertThat(replies.search("missing team")).hasSize(1);

        test($(Upload.class).single()).upload("scan.pdf", "application/pdf",
                org.answerable.reply.letter.ReplyServiceTestFiles.pdfWithoutText());
        assertThat($(Span.class).withClassName("no-text").all()).extracting(Span::getText)
                .as("only the scan is marked").singleElement().asString().startsWith("no text (scanned?)");
    }

    @Test
    void a_letter_dated_before_the_request_keeps_the_dialog_open_with_the_message() {
        navigate("requests/" + request.getId(), Main.class);
        test($(Button.class).withId("record-reply").single()).click();
        ReplyDialog dialog = $(ReplyDialog.class).single();
        dialog.dateReceived.setValue(LocalDate.of(2025, 5, 1));
        test(dialog.letterText).setValue("Typed text that must not be lost");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.dateReceived.isInvalid()).isTrue();
        assertThat(dialog.dateReceived.getErrorMessage()).contains("can't arrive before");
        assertThat(dialog.letterText.getValue()).isEqualTo("Typed text that must not be lost");
        assertThat(replies.repliesTo(request.getId())).isEmpty();
    }

    @Test
    void a_search_result_names_the_request_its_authority_and_the_letter() {
        replies.record(request.getId(), new org.answerable.reply.letter.ReplyDraft(ReplyType.RESPONSE,
                LocalDate.of(2025, 6, 30), null, "The Child Exploitation and Missing Team holds these figures.", null));

        SearchRepliesView view = navigate(SearchRepliesView.class);
        test(view.query).setValue("missing team");
        test(view.search).click();

        com.vaadin.flow.component.html.Div hit = $(com.vaadin.flow.component.html.Div.class, view.results).withClassName("search-hit").single();
        assertThat($(Anchor.class, hit).single().getText()).isEqualTo("Exploitation — " + request.getAuthority().displayName());
        assertThat(hit.getElement().getTextRecursively()).contains(ReplyType.RESPONSE.label() + " · received Mon 30 Jun 2025",
                "Child Exploitation and Missing Team");
    }
}
