package org.answerable.reply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.reply.Outcome;
import org.answerable.reply.ProvisionCatalogue;
import org.answerable.reply.answer.AnswerDraft;
import org.answerable.reply.answer.AnswerService;
import org.answerable.reply.answer.QuestionWithAnswer;
import org.answerable.reply.answer.RefusalRow;
import org.answerable.deadline.ClockState;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.answerable.timeline.TimelineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@IntegrationTest
@ViewPackages(packages = "org.answerable")
class AnswerViewsTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired AnswerService answers;
    @Autowired AuthorityService authorities;
    @Autowired ReplyService replies;
    @Autowired TimelineService timelines;

    FoiRequest request;

    @BeforeEach
    void theCseCceRequestToLeicester() throws IOException {
        users.signInNew(Role.MEMBER);
        Authority leicester = authorities.findByCode("LCE").orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle("CSE and CCE 2015-2024");
        draft.setAuthority(leicester);
        draft.setRegime(leicester.getDefaultRegime());
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        draft.setQuestions(requests.proposeQuestions(fixture("requests/leicester-cse-cce-2015-2024.txt")));
        request = requests.create(draft);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void campaigner_records_a_section_12_refusal_by_hand() {
        navigate("requests/" + request.getId(), Main.class);
        List<Button> recordButtons = $(Button.class).all().stream().filter(b -> b.getText().equals("Record answer")).toList();
        test(recordButtons.get(3)).click();

        AnswerDialog dialog = $(AnswerDialog.class).single();
        test(dialog.outcome).selectItem(Outcome.REFUSED.label());
        dialog.provisions.setValue(List.of(ProvisionCatalogue.byCode("FOIA-s12").orElseThrow()));
        test(dialog.costEstimate).setValue("18 hours (£450)");
        test(dialog.reasoning).setValue("Staff would need to trawl through each child's file");
        test(dialog.save).click();

        QuestionWithAnswer fourth = answers.answersTo(request.getId()).get(3);
        assertThat(fourth.answer().orElseThrow().getOutcome()).isEqualTo(Outcome.REFUSED);
        Div box = $(Div.class).withId("question-" + fourth.question().getId()).single();
        assertThat($(Span.class, box).all()).extracting(Span::getText)
                .contains("✗ Refused", "section 12 · Cost of compliance exceeds the appropriate limit");
        assertThat(requests.get(request.getId()).getStatus()).as("a refusal among open questions").isEqualTo(RequestStatus.PARTLY_REFUSED);
    }

    @Test
    void an_answer_a_colleague_recorded_while_the_dialog_was_open_is_not_overwritten() {
        navigate("requests/" + request.getId(), Main.class);
        test($(Button.class).all().stream().filter(b -> b.getText().equals("Record answer")).findFirst().orElseThrow()).click();
        AnswerDialog dialog = $(AnswerDialog.class).single();
        Long questionId = answers.answersTo(request.getId()).getFirst().question().getId();
        answers.save(request.getId(), new AnswerDraft(questionId, null, Outcome.ANSWERED, "A colleague's answer",
                List.of(), false, null, null, null, null, AnswerDraft.NO_ANSWER_YET));

        test(dialog.outcome).selectItem(Outcome.REFUSED.label());
        test(dialog.save).click();

        assertThat(answers.answersTo(request.getId()).getFirst().answer().orElseThrow().getAnswerText())
                .isEqualTo("A colleague's answer");
        assertThat(dialog.isOpened()).as("the user keeps what they typed and is told why").isTrue();
    }

    @Test
    void a_pasted_table_is_checked_corrected_cell_by_cell_and_keeps_suppressed_markers() {
        navigate("requests/" + request.getId(), Main.class);
        test($(Button.class).all().stream().filter(b -> b.getText().equals("Record answer")).findFirst().orElseThrow()).click();
        AnswerDialog dialog = $(AnswerDialog.class).single();
        test(dialog.outcome).selectItem(Outcome.ANSWERED.label());
        test(dialog.tablePaste).setValue("Age\t10-14\t15-19\n2015\t19\t20\n2016\t53\t105");

        EditableTable editor = $(EditableTable.class).single();
        ((com.vaadin.flow.component.textfield.TextField) test(editor).getCellComponent(1, 2)).setValue("<5");
        test(dialog.save).click();

        org.answerable.reply.DataTable saved = answers.answersTo(request.getId()).getFirst().table().orElseThrow();
        assertThat(saved.cell(0, 0).raw()).isEqualTo("19");
        assertThat(saved.cell(1, 1).raw()).isEqualTo("<5");
        assertThat(saved.cell(1, 1).kind()).isEqualTo(org.answerable.reply.CellKind.SUPPRESSED);
        assertThat(saved.cell(1, 1).value()).isNull();
    }

    @Test
    void campaigner_pastes_the_councils_reply_checks_the_proposal_and_confirms() throws IOException {
        navigate("requests/" + request.getId(), Main.class);
        test($(Button.class).withId("paste-reply").single()).click();
        PasteAssistantDialog assistant = $(PasteAssistantDialog.class).single();
        test(assistant.replyText).setValue(fixture("replies/leicester-cse-cce-2015-2024.txt"));
        test(assistant.propose).click();

        assertThat(assistant.rows).hasSize(requests.get(request.getId()).getQuestions().size());
        ProposalRow budget = assistant.rows.getLast();
        assertThat(budget.outcome.getValue()).isIn(Outcome.NOT_HELD, Outcome.PARTLY_ANSWERED);
        assertThat(answers.answersTo(request.getId())).as("nothing saved before confirming").allMatch(qa -> qa.answer().isEmpty());

        test(assistant.confirm).click();

        List<QuestionWithAnswer> saved = answers.answersTo(request.getId());
        assertThat(saved).filteredOn(qa -> qa.answer().isPresent()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(saved.get(3).answer().orElseThrow().getProvisionCodes()).contains("FOIA-s12");
        ProposalRow costRefusal = assistant.rows.get(3);
        assertThat(costRefusal.provisions.getValue()).extracting(org.answerable.reply.Provision::code).contains("FOIA-s12");
        assertThat(costRefusal.provisions.getItemLabelGenerator().apply(ProvisionCatalogue.byCode("FOIA-s12").orElseThrow()))
                .as("the chip's whole text").isEqualTo("s12");
        assertThat(costRefusal.provisions.getAutoExpand()).as("chips wrap rather than being cut")
                .isNotEqualTo(com.vaadin.flow.component.combobox.MultiSelectComboBox.AutoExpandMode.NONE);
        assertThat(answers.refusals(org.answerable.reply.answer.RefusalFilter.none(),
                org.springframework.data.domain.PageRequest.of(0, 20)).getContent())
                .extracting(RefusalRow::questionLabel).isNotEmpty();
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.PARTLY_REFUSED);
    }

    @Test
    void saving_the_assistants_answers_records_the_letter_and_stops_the_clock() throws IOException {
        navigate("requests/" + request.getId(), Main.class);
        test($(Button.class).withId("paste-reply").single()).click();
        PasteAssistantDialog assistant = $(PasteAssistantDialog.class).single();
        String letter = fixture("replies/leicester-cse-cce-2015-2024.txt");
        test(assistant.replyText).setValue(letter);
        test(assistant.propose).click();
        test(assistant.letter.type).selectItem(ReplyType.RESPONSE.label());
        test(assistant.letter.dateReceived).setValue(LocalDate.of(2025, 7, 7));
        test(assistant.letter.reference).setValue("FOI-4471");

        test(assistant.confirm).click();

        List<Reply> letters = replies.repliesTo(request.getId());
        assertThat(letters).as("Replies lists the letter").hasSize(1);
        Reply recorded = letters.getFirst();
        assertThat(recorded.getType()).isEqualTo(ReplyType.RESPONSE);
        assertThat(recorded.getDateReceived()).isEqualTo(LocalDate.of(2025, 7, 7));
        assertThat(recorded.getAuthorityReference()).isEqualTo("FOI-4471");
        assertThat(recorded.getLetterText()).isEqualTo(letter.strip());
        assertThat(answers.answersTo(request.getId())).filteredOn(qa -> qa.answer().isPresent())
                .allSatisfy(qa -> assertThat(qa.answer().orElseThrow().getReplyId()).isEqualTo(recorded.getId()));
        assertThat(timelines.timelineOf(request.getId()).clock().orElseThrow().state()).isEqualTo(ClockState.RESPONDED);
        String firstLine = letter.strip().lines().findFirst().orElseThrow();
        assertThat(replies.search(firstLine)).as("the letter's text is searchable").extracting(Reply::getId)
                .containsExactly(recorded.getId());
    }

    @Test
    void answers_taken_from_an_attachment_belong_to_the_letter_it_came_with() throws IOException {
        Reply response = replies.record(request.getId(), new ReplyDraft(ReplyType.RESPONSE, LocalDate.of(2025, 7, 7),
                "FOI-4471", null, null));
        replies.attach(response.getId(), "response.txt",
                fixture("replies/leicester-cse-cce-2015-2024.txt").getBytes(StandardCharsets.UTF_8));
        navigate("requests/" + request.getId(), Main.class);
        test($(Button.class).withId("paste-reply").single()).click();
        PasteAssistantDialog assistant = $(PasteAssistantDialog.class).single();
        test(assistant.fromAttachment).selectItem("response.txt");
        assertThat(assistant.letter.dateReceived.getValue()).isEqualTo(LocalDate.of(2025, 7, 7));
        test(assistant.propose).click();

        test(assistant.confirm).click();

        assertThat(replies.repliesTo(request.getId())).as("the letter is not filed twice").hasSize(1);
        assertThat(answers.answersTo(request.getId())).filteredOn(qa -> qa.answer().isPresent()).isNotEmpty()
                .allSatisfy(qa -> assertThat(qa.answer().orElseThrow().getReplyId()).isEqualTo(response.getId()));
    }

    @Test
    void answers_that_cannot_be_saved_leave_no_letter_behind() throws IOException {
        navigate("requests/" + request.getId(), Main.class);
        test($(Button.class).withId("paste-reply").single()).click();
        PasteAssistantDialog assistant = $(PasteAssistantDialog.class).single();
        test(assistant.replyText).setValue(fixture("replies/leicester-cse-cce-2015-2024.txt"));
        test(assistant.propose).click();
        ProposalRow last = assistant.rows.getLast();
        last.outcome.setValue(Outcome.REDIRECTED);
        last.redirectTo.setValue("");

        test(assistant.confirm).click();

        assertThat(replies.repliesTo(request.getId())).as("all or nothing").isEmpty();
        assertThat(answers.answersTo(request.getId())).allMatch(qa -> qa.answer().isEmpty());
        assertThat(assistant.isOpened()).as("the user can correct and save again").isTrue();
    }

    @Test
    void the_assistant_marks_the_proposals_it_is_unsure_of_and_fills_where_an_answer_is_published() {
        navigate("requests/" + request.getId(), Main.class);
        test($(Button.class).withId("paste-reply").single()).click();
        PasteAssistantDialog assistant = $(PasteAssistantDialog.class).single();
        test(assistant.replyText).setValue("""
                Answer 1
                In 2024, 40 people were considered at risk of CSE.

                In relation to question 3, the number of calls is published at https://www.example.gov.uk/mash-calls.
                """);
        test(assistant.propose).click();

        ProposalRow labelled = assistant.rows.get(0);
        ProposalRow missing = assistant.rows.get(1);
        ProposalRow mentioned = assistant.rows.get(2);
        assertThat(labelled.attention.isVisible()).as("an answer under its own label").isFalse();
        assertThat(labelled.getClassNames()).doesNotContain("needs-attention");
        assertThat(missing.attention.isVisible()).isTrue();
        assertThat(missing.attention.getText()).contains("No answer found");
        assertThat(mentioned.getClassNames()).contains("needs-attention");
        assertThat(mentioned.attention.getText()).contains("weak clue");
        assertThat(mentioned.outcome.getValue()).isEqualTo(Outcome.REDIRECTED);
        assertThat(mentioned.redirectTo.getValue()).isEqualTo("https://www.example.gov.uk/mash-calls");
    }

    @Test
    void the_refusals_view_lists_refused_answers_with_their_reasons() {
        QuestionWithAnswer fourth = answers.answersTo(request.getId()).get(3);
        answers.save(request.getId(), new org.answerable.reply.answer.AnswerDraft(fourth.question().getId(), null,
                Outcome.REFUSED, null, List.of("FOIA-s12"), false, "18 hours", "Cost limit exceeded", null, null, 0));

        RefusalsView view = navigate(RefusalsView.class);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Cost limit exceeded");
        test(view.provision).selectItem("FOIA section 17 – Refusal notice");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void a_refusal_row_names_request_and_authority_shows_its_provisions_and_opens_to_the_whole_reasoning() {
        String reasoning = "Identifying every child recorded under the CSE and CCE flags for each year since 2015 "
                + "would mean reading each case file by hand, which the council estimates at 18 hours, above the "
                + "appropriate limit of £450 set by the Fees Regulations.";
        QuestionWithAnswer fourth = answers.answersTo(request.getId()).get(3);
        answers.save(request.getId(), new org.answerable.reply.answer.AnswerDraft(fourth.question().getId(), null,
                Outcome.REFUSED, "We cannot provide this.", List.of("FOIA-s40(2)", "FOIA-s12"), false, "18 hours",
                reasoning, null, null, 0));

        RefusalsView view = navigate(RefusalsView.class);
        var grid = test(view.grid);
        assertThat(((com.vaadin.flow.component.html.Anchor) grid.getCellComponent(0, "request")).getText())
                .isEqualTo("CSE and CCE 2015-2024 — " + request.getAuthority().getOfficialName());
        ProvisionChips chips = (ProvisionChips) grid.getCellComponent(0, "provisions");
        assertThat(chips.getChildren().map(c -> ((Span) c).getText())).containsExactly("s12", "s40(2)");
        assertThat(grid.getCellText(0, 4)).as("cut in the row").endsWith("…").hasSizeLessThan(reasoning.length());

        grid.clickRow(0);
        assertThat(view.grid.isDetailsVisible(grid.getRow(0))).as("the row opens").isTrue();
        RefusalDetails details = new RefusalDetails(grid.getRow(0));
        assertThat(details.getElement().getTextRecursively()).contains(reasoning, "We cannot provide this.",
                fourth.question().getText(), "s40(2) · Section 40(2) – Third-party personal data", "18 hours");
    }

    private static String fixture(String path) throws IOException {
        return new ClassPathResource("examples/" + path).getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_request_page_opens_with_the_clock_folds_each_answer_and_shows_a_table_once() throws IOException {
        navigate("requests/" + request.getId(), Main.class);
        test($(Button.class).withId("paste-reply").single()).click();
        PasteAssistantDialog assistant = $(PasteAssistantDialog.class).single();
        test(assistant.replyText).setValue(fixture("replies/leicester-cse-cce-2015-2024.txt"));
        test(assistant.propose).click();
        test(assistant.confirm).click();
        navigate("requests/" + request.getId(), Main.class);

        Main page = (Main) getCurrentView();
        List<com.vaadin.flow.component.Component> parts = page.getChildren().toList();
        com.vaadin.flow.component.Component clock = $(com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                .withId("deadline").single();
        com.vaadin.flow.component.Component answersPanel = $(com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                .withId("answers").single();
        assertThat(parts.indexOf(clock.getParent().filter(p -> p != page).orElse(clock)))
                .as("the clock comes before the request's details and its answers")
                .isLessThan(parts.indexOf($(com.vaadin.flow.component.html.DescriptionList.class).first()))
                .isLessThan(parts.indexOf(answersPanel.getParent().filter(p -> p != page).orElse(answersPanel)));

        QuestionWithAnswer first = answers.answersTo(request.getId()).getFirst();
        Div box = $(Div.class).withId("question-" + first.question().getId()).single();
        com.vaadin.flow.component.details.Details fold = $(com.vaadin.flow.component.details.Details.class, box).first();
        assertThat(fold.isOpened()).as("answers start folded").isFalse();
        assertThat(fold.getSummary().getElement().getTextRecursively()).as("the summary line names the outcome")
                .contains(first.question().getText(), first.answer().orElseThrow().getOutcome().label());
        assertThat($(DataTableView.class, box).all()).as("the table, once").hasSize(1);
        List<com.vaadin.flow.component.details.Details> words = $(com.vaadin.flow.component.details.Details.class, box).all()
                .stream().filter(d -> d.getSummaryText().equals("What the letter says besides the table")).toList();
        assertThat(words).singleElement().satisfies(d -> {
            assertThat(d.isOpened()).isFalse();
            String text = d.getElement().getTextRecursively();
            assertThat(text).contains("not mandatorily recorded").doesNotContain("105");
        });
    }
}
