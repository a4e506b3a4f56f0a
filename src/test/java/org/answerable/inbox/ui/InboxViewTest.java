package org.answerable.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.inbox.InboxService;
import org.answerable.inbox.ReceivedMailFixture;
import org.answerable.reply.letter.Reply;
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
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(ReceivedMailFixture.class)
@ViewPackages(packages = "org.answerable")
class InboxViewTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired ReplyService replies;
    @Autowired AuthorityService authorities;
    @Autowired InboxService inbox;
    @Autowired ReceivedMailFixture mail;

    SignedInUser member;
    FoiRequest request;

    @BeforeEach
    void aSentRequest() {
        member = users.signInNew(Role.MEMBER);
        Authority leicester = authorities.findByCode("LCE").orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Exploitation of children");
        draft.setAuthority(leicester);
        draft.setRegime(leicester.getDefaultRegime());
        draft.setDateSent(LocalDate.now().minusDays(5));
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        request = requests.create(draft);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static String message(String id, String subject, String body) {
        return """
                Message-ID: <%s@council>
                From: Records Team <records@nowhere.example>
                To: campaign@example.org
                Subject: %s
                Date: %s
                Content-Type: text/html; charset=UTF-8

                %s
                """.formatted(id, subject, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.UK).format(ZonedDateTime.now()), body);
    }

    @Test
    void a_member_files_unmatched_mail_on_the_request_it_answers_and_confirms_its_kind() {
        assertThat(mail.receive(member.teamId(), message("unmatched", "Your information request",
                "<p>Please find attached our response. We hold the information requested.</p>"
                        + "<script>alert('x')</script>"))).isEqualTo("INBOX");

        navigate(InboxView.class);
        Div card = $(Div.class).withClassName("inbox-mail").single();
        assertThat(card.getElement().getTextRecursively()).contains("Your information request",
                "Records Team <records@nowhere.example>", "Nothing in it names one of the team's requests.")
                .doesNotContain("alert");
        test($(Button.class).withClassName("assign-mail").single()).click();
        AssignDialog dialog = $(AssignDialog.class).single();
        test(dialog.request).selectItem(request.getTitle() + " · " + request.getAuthority().displayName());
        test(dialog.file).click();

        assertThat($(Div.class).withClassName("inbox-mail").all()).isEmpty();
        assertThat(replies.repliesTo(request.getId())).singleElement().satisfies(reply -> {
            assertThat(reply.getType()).isEqualTo(ReplyType.RESPONSE);
            assertThat(reply.getLetterText()).contains("We hold the information requested.").doesNotContain("<p>", "alert");
        });

        navigate("requests/" + request.getId(), Main.class);
        Div filed = $(Div.class).withClassName("received-mail").single();
        assertThat(filed.getElement().getTextRecursively()).contains("Letter", "assigned from the inbox");
        @SuppressWarnings("unchecked")
        List<Button> pasteButtons = $(Button.class).withClassName("paste-letter").all();
        assertThat(pasteButtons).as("the paste assistant is offered on the new reply").hasSize(1);
    }

    @Test
    void a_guessed_kind_is_confirmed_or_corrected_on_the_request_page_and_the_reference_is_offered() {
        mail.receive(member.teamId(), message("tagged", "RE: request [ANS-" + request.getId() + "] our ref FOI-778899",
                "<p>Thank you for your request. It has been logged and we will respond within 20 working days.</p>"));

        navigate("requests/" + request.getId(), Main.class);
        @SuppressWarnings("unchecked")
        Select<ReplyType> type = $(Select.class).withClassName("confirm-type").single();
        assertThat(type.getValue()).isEqualTo(ReplyType.ACKNOWLEDGEMENT);
        test(type).selectItem(ReplyType.CLARIFICATION_REQUEST.label());
        test($(Button.class).withClassName("confirm-type-button").single()).click();

        assertThat(replies.repliesTo(request.getId())).extracting(Reply::getType)
                .containsExactly(ReplyType.CLARIFICATION_REQUEST);
        assertThat($(Select.class).withClassName("confirm-type").all()).as("confirmed, so no longer asked").isEmpty();

        test($(Button.class).withClassName("use-reference").single()).click();
        assertThat(requests.get(request.getId()).getAuthorityReference()).isEqualTo("FOI-778899");
    }

    @Test
    void a_member_dismisses_junk_and_another_team_never_sees_it() {
        mail.receive(member.teamId(), message("junk", "Big sale", "<p>Buy now</p>"));
        SignedInUser other = users.signInNew(Role.MEMBER);
        assertThat(inbox.waiting()).as("another team's inbox").isEmpty();
        TestUsers.signOut();
        users.signIn(member.username());

        navigate(InboxView.class);
        test($(Button.class).withClassName("dismiss-mail").single()).click();

        assertThat($(Div.class).withClassName("inbox-mail").all()).isEmpty();
        assertThat(inbox.waiting()).isEmpty();
        assertThat(other.teamId()).isNotEqualTo(member.teamId());
    }
}
