package org.answerable.request;

import static org.answerable.request.RequestServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityForm;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Nation;
import org.answerable.authority.Regime;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The list's order and paging, and the two shapes of its search (a rare word's matches listed from
 * the word index, a common word checked request by request): both must find the same requests.
 */
@IntegrationTest
class RequestListOrderAndSearchTest {

    private static final RequestSpecifications.StandingContext NO_STANDING =
            new RequestSpecifications.StandingContext(LocalDate.of(2025, 7, 21), java.util.Set.of());

    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;
    @Autowired EntityManager entityManager;

    Long teamId;
    Authority leicester;
    Authority coventry;

    @BeforeEach
    void aTeamWithRequests() {
        teamId = users.signInNew(Role.MEMBER).teamId();
        leicester = authorities.findByCode("LCE").orElseThrow();
        coventry = authorities.findByCode("COV").orElseThrow();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void with_no_sort_chosen_the_newest_sent_request_comes_first() {
        requests.create(draft("Parking fines", leicester, LocalDate.of(2025, 1, 6)));
        requests.create(draft("Library closures", leicester, LocalDate.of(2025, 3, 3)));
        requests.create(draft("Road maintenance", coventry, LocalDate.of(2025, 2, 3)));

        assertThat(requests.page(RequestFilter.none(), PageRequest.of(0, 50))).extracting(FoiRequest::getTitle)
                .containsExactly("Library closures", "Road maintenance", "Parking fines");
    }

    @Test
    void a_range_of_dates_sent_narrows_the_list_whatever_it_is_sorted_by() {
        requests.create(draft("Parking fines", leicester, LocalDate.of(2025, 1, 6)));
        requests.create(draft("Library closures", leicester, LocalDate.of(2025, 3, 3)));
        requests.create(draft("Road maintenance", coventry, LocalDate.of(2025, 2, 3)));
        RequestFilter januaryToFebruary = new RequestFilter(null, null, null, LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 2, 3));

        for (Sort sort : List.of(Sort.by("title"), Sort.by(Sort.Direction.DESC, "responseDue"), Sort.by("dateSent"))) {
            assertThat(requests.page(januaryToFebruary, PageRequest.of(0, 50, sort))).as(sort.toString())
                    .extracting(FoiRequest::getTitle).containsExactlyInAnyOrder("Parking fines", "Road maintenance");
        }
        assertThat(requests.page(januaryToFebruary, PageRequest.of(0, 50, Sort.by("title"))))
                .extracting(FoiRequest::getTitle).containsExactly("Parking fines", "Road maintenance");
        assertThat(requests.count(januaryToFebruary)).isEqualTo(2);
    }

    @Test
    void pages_of_requests_sent_on_the_same_day_never_repeat_or_skip_one() {
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            titles.add("Same day request " + i);
            requests.create(draft("Same day request " + i, leicester, LocalDate.of(2025, 4, 1)));
        }
        for (Sort sort : List.of(Sort.unsorted(), Sort.by("dateSent"), Sort.by(Sort.Direction.DESC, "status"),
                Sort.by("authority.officialName"))) {
            List<String> paged = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                requests.page(RequestFilter.none(), PageRequest.of(page, 3, sort)).forEach(r -> paged.add(r.getTitle()));
            }
            assertThat(paged).as(sort.toString()).hasSize(7).containsExactlyInAnyOrderElementsOf(titles);
        }
    }

    @Test
    void sorting_by_authority_follows_an_authority_renamed_in_the_directory() {
        long unique = System.nanoTime();
        Authority north = authorities.create(authorityForm("Anchor Borough Council " + unique));
        Authority south = authorities.create(authorityForm("Bridge Borough Council " + unique));
        requests.create(draft("To the north", north, LocalDate.of(2025, 1, 6)));
        requests.create(draft("To the south", south, LocalDate.of(2025, 1, 6)));
        Pageable byAuthority = PageRequest.of(0, 50, Sort.by("authority.officialName"));
        assertThat(requests.page(RequestFilter.none(), byAuthority)).extracting(FoiRequest::getTitle)
                .containsExactly("To the north", "To the south");

        AuthorityForm renamed = AuthorityForm.of(authorities.find(north.getId()).orElseThrow());
        renamed.setOfficialName("Coast Borough Council " + unique);
        authorities.update(north.getId(), renamed);

        assertThat(requests.page(RequestFilter.none(), byAuthority)).extracting(FoiRequest::getTitle)
                .containsExactly("To the south", "To the north");
        assertThat(requests.page(RequestFilter.none(), PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC,
                "authority.officialName")))).extracting(FoiRequest::getTitle).containsExactly("To the north", "To the south");
    }

    private static AuthorityForm authorityForm(String name) {
        AuthorityForm form = new AuthorityForm();
        form.setOfficialName(name);
        form.setNation(Nation.ENGLAND);
        form.setDefaultRegime(Regime.FOIA);
        return form;
    }

    @Test
    void a_rare_and_a_common_word_find_the_same_requests_whichever_way_they_are_searched() {
        requests.create(draft("Housing repairs in Leicester", leicester, LocalDate.of(2025, 1, 6)));
        requests.create(draft("Housing waiting list", coventry, LocalDate.of(2025, 2, 3)));
        requests.create(draft("Housing repairs in Coventry", coventry, LocalDate.of(2025, 3, 3)));
        requests.create(draft("School transport", leicester, LocalDate.of(2025, 4, 7)));
        Long closed = requests.create(draft("Repairs to housing stock", leicester, LocalDate.of(2025, 5, 5))).getId();
        requests.close(closed, requests.get(closed).getVersion());

        RequestListQueries wordIndexFirst = new RequestListQueries(entityManager, Integer.MAX_VALUE);
        RequestListQueries requestByRequest = new RequestListQueries(entityManager, 1);
        List<RequestFilter> filters = List.of(
                new RequestFilter(null, null, "housing", null, null),
                new RequestFilter(null, null, "hous repair", null, null),
                new RequestFilter(null, null, "repairs leicester", null, null),
                new RequestFilter(coventry.getId(), null, "housing", null, null),
                new RequestFilter(null, RequestStatus.CLOSED, "housing", null, null),
                new RequestFilter(null, null, "housing", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30)),
                new RequestFilter(null, null, "parking", null, null));
        List<Integer> expectedCounts = List.of(4, 3, 1, 2, 1, 2, 0);
        Pageable byTitle = PageRequest.of(0, 50, Sort.by("title"));
        for (int i = 0; i < filters.size(); i++) {
            RequestFilter filter = filters.get(i);
            List<Long> found = wordIndexFirst.pageOfIds(teamId, filter, NO_STANDING, byTitle);
            assertThat(found).as(filter.toString()).hasSize(expectedCounts.get(i));
            assertThat(requestByRequest.pageOfIds(teamId, filter, NO_STANDING, byTitle)).as(filter.toString()).isEqualTo(found);
            assertThat(wordIndexFirst.count(teamId, filter, NO_STANDING)).as(filter.toString()).isEqualTo(expectedCounts.get(i).longValue());
            assertThat(requestByRequest.count(teamId, filter, NO_STANDING)).as(filter.toString()).isEqualTo(expectedCounts.get(i).longValue());
        }
    }
}
