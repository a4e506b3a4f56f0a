package org.answerable.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Today is Monday 21 July 2025. */
class RequestStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 7, 21);

    @ParameterizedTest(name = "{0}, due {1}, review under way {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            DRAFT             | -          | false | Not sent
            AWAITING_RESPONSE | 2025-07-28 | false | Awaiting response
            AWAITING_RESPONSE | 2025-07-21 | false | Awaiting response
            AWAITING_RESPONSE | 2025-07-18 | false | Overdue
            AWAITING_RESPONSE | 2025-07-04 | false | Overdue
            AWAITING_RESPONSE | -          | false | Awaiting response
            RESPONDED         | 2025-07-04 | false | Response received
            ANSWERED          | 2025-07-04 | false | Answered
            PARTLY_ANSWERED   | 2025-07-04 | false | Partly answered
            PARTLY_REFUSED    | 2025-07-04 | false | Partly refused
            REFUSED           | 2025-07-04 | false | Refused
            REFUSED           | 2025-07-04 | true  | In review
            PARTLY_REFUSED    | 2025-07-04 | true  | In review
            AWAITING_RESPONSE | 2025-07-04 | true  | In review
            NOT_HELD          | 2025-07-04 | false | Information not held
            CLOSED            | 2025-07-04 | false | Closed
            CLOSED            | 2025-07-04 | true  | Closed
            DRAFT             | -          | true  | Not sent
            """)
    void a_request_stands_where_its_answers_the_calendar_and_its_challenges_put_it(RequestStatus status,
            LocalDate due, boolean underReview, String label) {
        assertThat(RequestStanding.of(status, due, TODAY, underReview).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @EnumSource(RequestStanding.class)
    void every_standing_but_in_review_is_read_from_one_stored_status_that_gives_it_back(RequestStanding standing) {
        if (standing == RequestStanding.IN_REVIEW) {
            assertThat(standing.storedStatus()).isNull();
            return;
        }
        LocalDate due = standing == RequestStanding.OVERDUE ? TODAY.minusDays(1) : TODAY;
        assertThat(RequestStanding.of(standing.storedStatus(), due, TODAY, false)).isEqualTo(standing);
    }
}
