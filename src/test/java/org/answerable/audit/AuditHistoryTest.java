package org.answerable.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.answerable.authority.AuthorityService;
import org.answerable.reply.letter.Reply;
import org.answerable.reply.letter.ReplyDraft;
import org.answerable.reply.letter.ReplyService;
import org.answerable.reply.letter.ReplyType;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.answerable.timeline.EventDraft;
import org.answerable.timeline.RequestEvent;
import org.answerable.timeline.TimelineEventType;
import org.answerable.timeline.TimelineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Every change to a request and what belongs to it is kept: who, when, and each field's old and new value. */
@IntegrationTest
class AuditHistoryTest {

    @Autowired TestUsers users;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired TimelineService timelines;
    @Autowired ReplyService replies;
    @Autowired AuditService audit;

    SignedInUser alice;

    @BeforeEach
    void signIn() {
        alice = users.signInNew(Role.MEMBER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void creating_a_request_is_recorded_with_its_author_and_first_values() {
        FoiRequest request = requests.create(draft("Budget", "1. How much?"));

        List<HistoryLine> history = audit.historyOf(request.getId());

        assertThat(history).extracting(HistoryLine::entityLabel).contains("the request", "question 1");
        HistoryLine created = creationOfTheRequest(history);
        assertThat(created.sentences()).containsExactly(alice.displayName() + " created the request");
        assertThat(created.values()).contains("title 'Budget'", "authority 'Leicester City Council'", "tags 'cse'")
                .doesNotContain("version", "team id");
    }

    @Test
    void an_edit_records_the_old_and_new_value_of_each_changed_field_newest_first() {
        FoiRequest request = requests.create(draft("Budget", "1. How much?"));
        RequestDraft edit = RequestDraft.of(requests.get(request.getId()));
        edit.setTitle("Budget 2025");
        edit.setTags(Set.of("cse", "budget"));
        edit.setQuestions(List.of(new QuestionDraft("1", "How much in 2025?")));
        requests.update(request.getId(), edit);

        List<String> sentences = audit.historyOf(request.getId()).stream()
                .flatMap(h -> h.sentences().stream()).toList();

        assertThat(sentences).contains(
                alice.displayName() + " changed the title of the request from 'Budget' to 'Budget 2025'",
                alice.displayName() + " changed the tags of the request from 'cse' to 'budget, cse'",
                alice.displayName() + " changed the text of question 1 from 'How much?' to 'How much in 2025?'");
        assertThat(sentences.indexOf(alice.displayName() + " changed the title of the request from 'Budget' to 'Budget 2025'"))
                .as("newest first").isLessThan(sentences.indexOf(alice.displayName() + " created the request"));
    }

    @Test
    void timeline_events_letters_and_attachments_appear_in_the_requests_history() {
        FoiRequest request = requests.create(draft("Budget", "1. How much?"));
        RequestEvent event = timelines.record(request.getId(),
                new EventDraft(TimelineEventType.ACKNOWLEDGED, LocalDate.of(2025, 6, 3), null, "By email"));
        Reply reply = replies.record(request.getId(),
                new ReplyDraft(ReplyType.OTHER, LocalDate.of(2025, 6, 4), "REF-1", "Dear requester", null));
        replies.attach(reply.getId(), "note.txt", "Thank you".getBytes());
        timelines.remove(request.getId(), event.getId());

        assertThat(audit.historyOf(request.getId()).stream().flatMap(h -> h.sentences().stream()))
                .contains(alice.displayName() + " created timeline event 'Acknowledged by the authority, Tue 3 Jun 2025'",
                        alice.displayName() + " deleted timeline event 'Acknowledged by the authority, Tue 3 Jun 2025'",
                        alice.displayName() + " created letter 'Other letter, Wed 4 Jun 2025'",
                        alice.displayName() + " created attachment 'note.txt'");
    }

    @Test
    void a_long_text_is_kept_short_in_the_history() {
        FoiRequest request = requests.create(draft("Budget", "1. How much?\n" + "x".repeat(5000)));

        HistoryLine created = creationOfTheRequest(audit.historyOf(request.getId()));
        FieldChange text = created.changes().stream().filter(c -> c.field().equals("request text")).findFirst().orElseThrow();
        assertThat(text.to()).hasSizeLessThan(ChangeText.MAX_LENGTH + 40).endsWith("characters in all)");
    }

    @Test
    void another_team_sees_none_of_the_history() {
        FoiRequest request = requests.create(draft("Secret", "1. How many?"));

        users.signInNew(Role.MEMBER);

        assertThat(audit.historyOf(request.getId())).isEmpty();
    }

    @Test
    void administrators_search_the_whole_log_by_team_and_person_and_others_cannot() {
        FoiRequest request = requests.create(draft("Budget", "1. How much?"));
        assertThatThrownBy(() -> audit.search(AuditFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        users.signInNew(Role.ADMIN);
        List<HistoryLine> found = audit.search(new AuditFilter(request.getTeamId(), alice.username(), "FoiRequest", null, null),
                PageRequest.of(0, 10)).getContent();

        assertThat(found).isNotEmpty().allSatisfy(line -> assertThat(line.requestId()).isEqualTo(request.getId()));
        assertThat(creationOfTheRequest(found).sentences()).containsExactly(alice.displayName() + " created the request");
        assertThat(audit.count(new AuditFilter(request.getTeamId(), null, "Question", null, null))).isEqualTo(1);
    }

    private static HistoryLine creationOfTheRequest(List<HistoryLine> history) {
        return history.stream().filter(h -> h.entityLabel().equals("the request") && h.action() == AuditAction.CREATED)
                .findFirst().orElseThrow();
    }

    private RequestDraft draft(String title, String text) {
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(authorities.findByCode("LCE").orElseThrow());
        draft.setRegime(draft.getAuthority().getDefaultRegime());
        draft.setDateSent(LocalDate.of(2025, 6, 2));
        draft.setRequestText(text);
        draft.setTags(Set.of("CSE"));
        draft.setQuestions(List.of(new QuestionDraft("1", "How much?")));
        return draft;
    }
}
