package org.answerable.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Regime;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class RequestServiceTest {

    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;

    Authority leicester;
    Authority coventry;

    @BeforeEach
    void signInAMember() {
        users.signInNew(Role.MEMBER);
        leicester = authorities.findByCode("LCE").orElseThrow();
        coventry = authorities.findByCode("COV").orElseThrow();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_saved_request_keeps_its_details_questions_in_order_and_tags() {
        RequestDraft draft = draft("Child exploitation 2015-2024", leicester, LocalDate.of(2025, 6, 27));
        draft.setAuthorityReference("FOI651119421");
        draft.setTags(Set.of(" CSE ", "cse", "Leicester"));
        draft.setQuestions(List.of(new QuestionDraft("a)", "Current mechanisms"), new QuestionDraft("b)", "Strategy"),
                new QuestionDraft("c)", "Number of cases")));

        Long id = requests.create(draft).getId();
        FoiRequest saved = requests.get(id);

        assertThat(saved.getAuthority().getOfficialName()).isEqualTo("Leicester City Council");
        assertThat(saved.getRegime()).isEqualTo(Regime.FOIA);
        assertThat(saved.getDateReceived()).as("received defaults to sent").isEqualTo(LocalDate.of(2025, 6, 27));
        assertThat(saved.getStatus()).isEqualTo(RequestStatus.AWAITING_RESPONSE);
        assertThat(saved.getAuthorityReference()).isEqualTo("FOI651119421");
        assertThat(saved.getTags()).containsExactly("cse", "leicester");
        assertThat(saved.getQuestions()).extracting(Question::getLabel).containsExactly("a)", "b)", "c)");
    }

    @Test
    void a_request_without_a_sent_date_is_a_draft() {
        FoiRequest saved = requests.create(draft("Not sent yet", leicester, null));
        assertThat(saved.getStatus()).isEqualTo(RequestStatus.DRAFT);
        assertThat(saved.getDateReceived()).isNull();
    }

    @Test
    void reordering_and_removing_questions_is_saved() {
        RequestDraft draft = draft("Budget", leicester, LocalDate.of(2025, 1, 6));
        draft.setQuestions(List.of(new QuestionDraft("1", "First"), new QuestionDraft("2", "Second"),
                new QuestionDraft("3", "Third")));
        FoiRequest saved = requests.create(draft);

        RequestDraft edit = RequestDraft.of(requests.get(saved.getId()));
        edit.setQuestions(List.of(new QuestionDraft("1", "Third"), new QuestionDraft("2", "First")));
        requests.update(saved.getId(), edit);

        assertThat(requests.get(saved.getId()).getQuestions()).extracting(Question::getText)
                .containsExactly("Third", "First");
    }

    @Test
    void invalid_dates_are_refused_with_the_field_to_correct() {
        RequestDraft future = draft("Future", leicester, LocalDate.now().plusDays(1));
        assertThatThrownBy(() -> requests.create(future)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("can't be in the future")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("dateSent");

        RequestDraft receivedBeforeSent = draft("Backwards", leicester, LocalDate.of(2025, 3, 10));
        receivedBeforeSent.setDateReceived(LocalDate.of(2025, 3, 7));
        assertThatThrownBy(() -> requests.create(receivedBeforeSent)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("dateReceived");
    }

    @Test
    void a_request_needs_at_least_one_question_with_text() {
        RequestDraft none = draft("No questions", leicester, LocalDate.of(2025, 3, 10));
        none.setQuestions(List.of());
        assertThatThrownBy(() -> requests.create(none)).hasMessageContaining("at least one question");

        RequestDraft blank = draft("Blank question", leicester, LocalDate.of(2025, 3, 10));
        blank.setQuestions(List.of(new QuestionDraft("1", "Fine"), new QuestionDraft("2", "  ")));
        assertThatThrownBy(() -> requests.create(blank)).hasMessageContaining("Question 2 has no text");
    }

    @Test
    void a_whatdotheyknow_request_needs_its_address() {
        RequestDraft draft = draft("Via WDTK", leicester, LocalDate.of(2025, 3, 10));
        draft.setChannel(Channel.WHATDOTHEYKNOW);
        assertThatThrownBy(() -> requests.create(draft)).extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("wdtkUrl");
    }

    @Test
    void the_list_filters_by_authority_status_text_and_sent_dates() {
        requests.create(draft("Leicester exploitation", leicester, LocalDate.of(2025, 1, 10)));
        requests.create(draft("Coventry exploitation", coventry, LocalDate.of(2025, 2, 10)));
        requests.create(draft("Coventry draft", coventry, null));
        PageRequest page = PageRequest.of(0, 50, Sort.by("title"));

        assertThat(titles(new RequestFilter(coventry.getId(), null, null, null, null), page))
                .containsExactly("Coventry draft", "Coventry exploitation");
        assertThat(titles(new RequestFilter(null, RequestStatus.DRAFT, null, null, null), page))
                .containsExactly("Coventry draft");
        assertThat(titles(new RequestFilter(null, null, "EXPLOIT", null, null), page))
                .containsExactly("Coventry exploitation", "Leicester exploitation");
        assertThat(titles(new RequestFilter(null, null, null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)), page))
                .containsExactly("Coventry exploitation");
    }

    @Test
    void another_teams_requests_are_neither_listed_nor_reachable_by_id() {
        Long othersRequest = requests.create(draft("Other team's secret", leicester, LocalDate.of(2025, 1, 10))).getId();

        users.signInNew(Role.MEMBER);

        assertThat(requests.list(RequestFilter.none(), PageRequest.of(0, 50)).getContent()).isEmpty();
        assertThatThrownBy(() -> requests.get(othersRequest)).isInstanceOf(NotFoundException.class);
        RequestDraft hijack = draft("Hijacked", leicester, LocalDate.of(2025, 1, 10));
        assertThatThrownBy(() -> requests.update(othersRequest, hijack)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.close(othersRequest, 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_and_the_first_kept() {
        Long id = requests.create(draft("Original", leicester, LocalDate.of(2025, 1, 10))).getId();
        RequestDraft first = RequestDraft.of(requests.get(id));
        RequestDraft second = RequestDraft.of(requests.get(id));

        first.setTitle("Edited by Alice");
        requests.update(id, first);
        second.setTitle("Edited by Bob");

        assertThatThrownBy(() -> requests.update(id, second)).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Someone else saved changes");
        assertThat(requests.get(id).getTitle()).isEqualTo("Edited by Alice");
    }

    @Test
    void closing_and_reopening_a_request_changes_its_status() {
        FoiRequest saved = requests.create(draft("To close", leicester, LocalDate.of(2025, 1, 10)));
        FoiRequest closed = requests.close(saved.getId(), saved.getVersion());
        assertThat(closed.getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(requests.reopen(saved.getId(), closed.getVersion()).getStatus()).isEqualTo(RequestStatus.AWAITING_RESPONSE);
    }

    @Test
    void a_viewer_cannot_create_requests() {
        users.signInNew(Role.VIEWER);
        assertThatThrownBy(() -> requests.create(draft("Not allowed", leicester, LocalDate.of(2025, 1, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void questions_are_proposed_from_pasted_request_text() {
        List<QuestionDraft> proposed = requests.proposeQuestions("Please tell me:\n1. How many?\n2. How much?");
        assertThat(proposed).containsExactly(new QuestionDraft("1", "How many?"), new QuestionDraft("2", "How much?"));
    }

    private List<String> titles(RequestFilter filter, PageRequest page) {
        return requests.list(filter, page).map(FoiRequest::getTitle).getContent();
    }

    static RequestDraft draft(String title, Authority authority, LocalDate sent) {
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(authority);
        draft.setRegime(authority.getDefaultRegime());
        draft.setDateSent(sent);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many cases were recorded?")));
        return draft;
    }

}
