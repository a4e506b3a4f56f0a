package org.answerable.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.AuthorityService;
import org.answerable.base.InvalidInputException;
import org.answerable.request.FoiRequest;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.answerable.request.RequestStatus;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** A checked spreadsheet saved through the request service: all of it, or none. */
@IntegrationTest
class RequestImportTest {

    static final String TRACKER = """
            Title,Council,Date sent,Reference,Questions
            Child exploitation 2015-2024,Leicester,27/06/2025,FOI651119421,"1. How many cases?
            2. How many staff?"
            Child exploitation 2015-2024,Coventry City Council,27/06/2025,,1. How many cases?
            Library closures,Hampshire County Council,,,
            """;

    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_checked_spreadsheet_is_saved_whole_in_the_importers_team_with_its_deadlines() {
        users.signInNew(Role.MEMBER);
        List<Integer> progress = new ArrayList<>();

        int saved = requests.createAll(checked(TRACKER).drafts(), progress::add);

        assertThat(saved).isEqualTo(3);
        assertThat(progress).containsExactly(3);
        List<FoiRequest> all = requests.list(RequestFilter.none(), PageRequest.of(0, 10, Sort.by("id"))).getContent();
        assertThat(all).extracting(r -> r.getAuthority().getCode()).containsExactly("LCE", "COV", "HAM");
        FoiRequest leicester = requests.get(all.getFirst().getId());
        assertThat(leicester.getQuestions()).hasSize(2);
        assertThat(leicester.getStatus()).isEqualTo(RequestStatus.AWAITING_RESPONSE);
        assertThat(all.get(2).getStatus()).as("no date sent: a draft").isEqualTo(RequestStatus.DRAFT);

        users.signInNew(Role.MEMBER);
        assertThat(requests.count(RequestFilter.none())).as("another team sees none of them").isZero();
        FoiRequest byHand = requests.get(requests.create(checked(TRACKER).drafts().getFirst()).getId());
        assertThat(leicester.getResponseDue()).as("the deadline clock ran, as for a request entered by hand")
                .isNotNull().isEqualTo(byHand.getResponseDue());
    }

    @Test
    void one_bad_request_among_good_ones_saves_nothing() {
        users.signInNew(Role.MEMBER);
        List<RequestDraft> drafts = new ArrayList<>(checked(TRACKER).drafts());
        RequestDraft future = checked(TRACKER).drafts().get(1);
        future.setDateSent(LocalDate.now().plusDays(5));
        drafts.add(future);

        assertThatThrownBy(() -> requests.createAll(drafts, n -> { })).isInstanceOf(InvalidInputException.class)
                .hasMessage("Request 4: The date sent can't be in the future");
        assertThat(requests.count(RequestFilter.none())).isZero();
    }

    @Test
    void a_failure_while_saving_rolls_back_the_requests_already_saved() {
        users.signInNew(Role.MEMBER);
        List<RequestDraft> drafts = new ArrayList<>(checked(TRACKER).drafts());
        // Only the import check limits the reference's length; the database refuses it mid-way.
        drafts.get(2).setAuthorityReference("x".repeat(FoiRequest.REFERENCE_MAX_LENGTH + 1));

        assertThatThrownBy(() -> requests.createAll(drafts, n -> { })).isInstanceOf(RuntimeException.class);
        assertThat(requests.count(RequestFilter.none())).isZero();
    }

    @Test
    void a_viewer_cannot_import() {
        users.signInNew(Role.VIEWER);
        List<RequestDraft> drafts = checked(TRACKER).drafts();

        assertThatThrownBy(() -> requests.createAll(drafts, n -> { })).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.count(RequestFilter.none())).isZero();
    }

    @Test
    void a_misspelt_council_is_reported_with_the_directory_name_it_is_closest_to() {
        users.signInNew(Role.MEMBER);
        ImportCheck.Result result = checked("Title,Authority\nBudget,Coventy City Council\n");

        assertThat(result.problems()).extracting(RowProblem::describe).containsExactly(
                "Row 2, Authority: 'Coventy City Council' is not in the directory; did you mean Coventry City Council?");
    }

    private ImportCheck.Result checked(String csv) {
        Spreadsheet sheet = new SpreadsheetReader().read(csv.getBytes(StandardCharsets.UTF_8), "tracker.csv");
        ImportCheck.Result result = new ImportCheck(authorities.matcher(), LocalDate.now())
                .check(sheet, ColumnMapping.propose(sheet.headers()), n -> { });
        if (csv.equals(TRACKER)) {
            assertThat(result.problems()).isEmpty();
        }
        return result;
    }
}
