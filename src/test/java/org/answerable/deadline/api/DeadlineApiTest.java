package org.answerable.deadline.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerable.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

/** Every request here is anonymous: the API needs no login. */
@IntegrationTest
class DeadlineApiTest {

    @Autowired WebApplicationContext application;
    MockMvcTester mvc;

    @BeforeEach
    void anonymousVisitor() {
        mvc = AnonymousClient.of(application);
    }

    @Test
    void a_foia_request_received_on_27_june_2025_is_due_on_28_july_with_the_boyne_holiday_skipped() {
        MvcTestResult result = get("regime=FOIA&received=2025-06-27");

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"regime":"FOIA","received":"2025-06-27","responseDue":"2025-07-28","extendedDue":"2025-08-27",
                 "skippedHolidays":[
                   {"date":"2025-07-14","name":"Battle of the Boyne (Orangemen’s Day) (substitute day)",
                    "jurisdiction":"northern-ireland"},
                   {"date":"2025-08-04","name":"Summer bank holiday","jurisdiction":"scotland"},
                   {"date":"2025-08-25","name":"Summer bank holiday","jurisdiction":"england-and-wales"},
                   {"date":"2025-08-25","name":"Summer bank holiday","jurisdiction":"northern-ireland"}]}
                """);
    }

    @Test
    void a_foisa_request_counts_easter_monday_as_a_working_day_and_skips_only_scottish_holidays() {
        MvcTestResult result = get("regime=FOISA&received=2025-04-04");

        assertThat(result).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"regime":"FOISA","received":"2025-04-04","responseDue":"2025-05-06","extendedDue":"2025-06-04",
                 "skippedHolidays":[
                   {"date":"2025-04-18","name":"Good Friday","jurisdiction":"scotland"},
                   {"date":"2025-05-05","name":"Early May bank holiday","jurisdiction":"scotland"},
                   {"date":"2025-05-26","name":"Spring bank holiday","jurisdiction":"scotland"}]}
                """);
        assertThat(get("regime=FOIA&received=2025-04-04")).bodyJson().extractingPath("$.responseDue")
                .as("FOIA also skips Easter Monday, a holiday outside Scotland").isEqualTo("2025-05-07");
    }

    @Test
    void a_foia_response_gives_40_working_days_to_ask_for_review() {
        assertThat(get("regime=FOIA&received=2025-06-27&responded=2025-07-28")).bodyJson()
                .extractingPath("$.reviewRequestBy").isEqualTo("2025-09-24");
    }

    @Test
    void a_foia_review_is_due_in_20_working_days_and_40_at_most() {
        MvcTestResult result = get("regime=FOIA&received=2025-06-27&reviewRequested=2025-08-01");

        assertThat(result).bodyJson().extractingPath("$.reviewDue").isEqualTo("2025-09-02");
        assertThat(result).bodyJson().extractingPath("$.reviewExtendedDue").isEqualTo("2025-09-30");
    }

    @Test
    void an_eir_review_is_due_in_40_working_days_with_no_further_extension() {
        MvcTestResult result = get("regime=EIR&received=2025-06-27&reviewRequested=2025-08-01");

        assertThat(result).bodyJson().extractingPath("$.reviewDue").isEqualTo("2025-09-30");
        assertThat(result).bodyJson().doesNotHavePath("$.reviewExtendedDue");
    }

    @Test
    void a_foisa_review_is_due_in_20_scottish_working_days() {
        MvcTestResult result = get("regime=FOISA&received=2025-06-27&reviewRequested=2025-08-01");

        assertThat(result).bodyJson().extractingPath("$.reviewDue")
                .as("25 Aug is a working day in Scotland").isEqualTo("2025-09-01");
        assertThat(result).bodyJson().doesNotHavePath("$.reviewExtendedDue");
    }

    @Test
    void the_ico_complaint_and_tribunal_appeal_limits_are_six_weeks_and_28_days() {
        MvcTestResult result = get("regime=FOIA&received=2025-06-27&reviewOutcome=2025-09-30&decisionNotice=2026-01-15");

        assertThat(result).bodyJson().extractingPath("$.commissionerComplaintBy").isEqualTo("2025-11-11");
        assertThat(result).bodyJson().extractingPath("$.appealBy").isEqualTo("2026-02-12");
        assertThat(result).bodyJson().doesNotHavePath("$.appealByUnverified");
    }

    @Test
    void in_scotland_the_commissioner_gets_six_months_and_the_court_of_session_date_is_flagged_unverified() {
        MvcTestResult result = get("regime=FOISA&received=2025-06-27&reviewOutcome=2025-09-30&decisionNotice=2026-01-15");

        assertThat(result).bodyJson().extractingPath("$.commissionerComplaintBy").isEqualTo("2026-03-30");
        assertThat(result).bodyJson().extractingPath("$.appealBy").isEqualTo("2026-02-26");
        assertThat(result).bodyJson().extractingPath("$.appealByUnverified").isEqualTo(true);
    }

    private MvcTestResult get(String query) {
        return mvc.get().uri(DeadlineApiController.PATH + "?" + query).exchange();
    }
}
