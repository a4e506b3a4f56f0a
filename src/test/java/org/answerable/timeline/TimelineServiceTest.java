package org.answerable.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Regime;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.deadline.ClockState;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.support.FixedClock;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(FixedClock.class)
class TimelineServiceTest {

    @Autowired TimelineService timelines;
    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;

    @BeforeEach
    void signIn() {
        users.signInNew(Role.MEMBER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_sent_request_gets_its_statutory_response_date_straight_away() {
        FoiRequest request = send("LCE", LocalDate.of(2025, 6, 27));
        FoiRequest stored = requests.get(request.getId());

        assertThat(stored.getResponseDue()).as("NI's 14 July is skipped").isEqualTo(LocalDate.of(2025, 7, 28));
        assertThat(stored.getLongOverdueAfter()).isEqualTo(LocalDate.of(2025, 8, 27));
        Timeline timeline = timelines.timelineOf(request.getId());
        assertThat(timeline.clock()).hasValueSatisfying(c -> assertThat(c.state()).isEqualTo(ClockState.DUE_SOON));
    }

    @Test
    void a_scottish_council_counts_only_scottish_bank_holidays() {
        FoiRequest request = send("ABE", LocalDate.of(2025, 6, 27));
        assertThat(request.getRegime()).isEqualTo(Regime.FOISA);
        assertThat(requests.get(request.getId()).getResponseDue()).isEqualTo(LocalDate.of(2025, 7, 25));
    }

    @Test
    void a_clarification_stops_the_clock_and_restarts_twenty_working_days_from_the_answer() {
        FoiRequest request = send("LCE", LocalDate.of(2025, 6, 2));
        timelines.record(request.getId(), event(TimelineEventType.CLARIFICATION_REQUESTED, LocalDate.of(2025, 6, 10)));
        assertThat(requests.get(request.getId()).getResponseDue()).as("no due date while stopped").isNull();
        assertThat(timelines.timelineOf(request.getId()).clock().orElseThrow().state())
                .isEqualTo(ClockState.CLARIFICATION_PENDING);

        timelines.record(request.getId(), event(TimelineEventType.CLARIFICATION_PROVIDED, LocalDate.of(2025, 6, 27)));
        assertThat(requests.get(request.getId()).getResponseDue()).isEqualTo(LocalDate.of(2025, 7, 28));
    }

    @Test
    void recording_the_reply_marks_the_request_responded_and_removing_it_reopens_the_wait() {
        FoiRequest request = send("LCE", LocalDate.of(2025, 6, 2));
        RequestEvent reply = timelines.record(request.getId(), event(TimelineEventType.REPLY_RECEIVED, LocalDate.of(2025, 7, 1)));
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.RESPONDED);

        timelines.remove(request.getId(), reply.getId());
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.AWAITING_RESPONSE);
    }

    @Test
    void a_closed_event_closes_the_request() {
        FoiRequest request = send("LCE", LocalDate.of(2025, 6, 2));
        timelines.record(request.getId(), event(TimelineEventType.CLOSED, LocalDate.of(2025, 7, 10)));
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void events_are_validated_with_messages_a_campaigner_understands() {
        FoiRequest request = send("LCE", LocalDate.of(2025, 6, 2));
        Long id = request.getId();

        assertThatThrownBy(() -> timelines.record(id, event(TimelineEventType.REPLY_RECEIVED, LocalDate.of(2025, 5, 30))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("can't come before");
        assertThatThrownBy(() -> timelines.record(id, event(TimelineEventType.FEE_PAID, LocalDate.of(2025, 6, 20))))
                .isInstanceOf(InvalidInputException.class).hasMessageContainingAll("fee", "notice");
        assertThatThrownBy(() -> timelines.record(id, event(TimelineEventType.ACKNOWLEDGED, FixedClock.TODAY.plusDays(1))))
                .hasMessageContaining("future");
        assertThat(timelines.timelineOf(id).events()).isEmpty();
    }

    @Test
    void foisa_has_no_extension_so_one_is_refused_with_the_reason() {
        FoiRequest request = send("ABE", LocalDate.of(2025, 6, 2));
        assertThatThrownBy(() -> timelines.record(request.getId(),
                new EventDraft(TimelineEventType.EXTENSION, LocalDate.of(2025, 6, 20), LocalDate.of(2025, 8, 1), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("FOISA");
    }

    @Test
    void a_foia_public_interest_extension_moves_the_due_date_and_warns_beyond_forty_working_days() {
        FoiRequest request = send("LCE", LocalDate.of(2025, 6, 2));
        timelines.record(request.getId(), new EventDraft(TimelineEventType.EXTENSION, LocalDate.of(2025, 6, 25),
                LocalDate.of(2025, 9, 30), "Section 43 public interest test"));
        assertThat(requests.get(request.getId()).getResponseDue()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(timelines.timelineOf(request.getId()).clock().orElseThrow().warnings())
                .anyMatch(w -> w.contains("40 working days"));
    }

    @Test
    void another_team_cannot_see_or_add_to_a_timeline() {
        FoiRequest request = send("LCE", LocalDate.of(2025, 6, 2));
        users.signInNew(Role.MEMBER);
        assertThatThrownBy(() -> timelines.timelineOf(request.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.record(request.getId(), event(TimelineEventType.ACKNOWLEDGED, LocalDate.of(2025, 6, 3))))
                .isInstanceOf(NotFoundException.class);
    }

    private FoiRequest send(String authorityCode, LocalDate sent) {
        Authority authority = authorities.findByCode(authorityCode).orElseThrow();
        RequestDraft draft = new RequestDraft();
        draft.setTitle("Request to " + authority.getOfficialName());
        draft.setAuthority(authority);
        draft.setRegime(authority.getDefaultRegime());
        draft.setDateSent(sent);
        draft.setQuestions(List.of(new QuestionDraft("1", "How many?")));
        return requests.create(draft);
    }

    private static EventDraft event(TimelineEventType type, LocalDate date) {
        return new EventDraft(type, date, null, null);
    }
}
