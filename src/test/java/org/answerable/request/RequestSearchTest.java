package org.answerable.request;

import static org.answerable.request.RequestServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.answerable.account.Role;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The requests list's search box: every word typed must start a word of the request. */
@IntegrationTest
class RequestSearchTest {

    @Autowired RequestService requests;
    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;
    @Autowired DataSource dataSource;

    Authority leicester;

    @BeforeEach
    void signInAMember() {
        users.signInNew(Role.MEMBER);
        leicester = authorities.findByCode("LCE").orElseThrow();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_request_is_found_by_the_start_of_any_word_of_its_title_reference_text_or_tags() {
        RequestDraft housing = draft("Housing repairs backlog", leicester, LocalDate.of(2025, 3, 10));
        housing.setAuthorityReference("FOI/2025/0042");
        housing.setRequestText("Please tell me about damp and mould complaints.");
        housing.setTags(Set.of("Tenants' rights"));
        requests.create(housing);
        requests.create(draft("Child exploitation", leicester, LocalDate.of(2025, 3, 11)));

        for (String search : List.of("hous", "REPAIRS backlog", "foi/2025/0042", "0042", "mould", "tenant",
                "damp complaints")) {
            assertThat(titles(search)).as(search).containsExactly("Housing repairs backlog");
        }
        assertThat(titles("exploitation")).containsExactly("Child exploitation");
        assertThat(titles("")).hasSize(2);
    }

    @Test
    void every_word_typed_must_match_and_the_middle_of_a_word_does_not() {
        requests.create(draft("Housing repairs backlog", leicester, LocalDate.of(2025, 3, 10)));

        assertThat(titles("housing parking")).isEmpty();
        assertThat(titles("using")).as("a word's middle is not searched").isEmpty();
    }

    @Test
    void an_edited_request_is_found_by_its_new_words_only() {
        Long id = requests.create(draft("Library closures", leicester, LocalDate.of(2025, 3, 10))).getId();
        RequestDraft edit = RequestDraft.of(requests.get(id));
        edit.setTitle("Library opening hours");
        requests.update(id, edit);

        assertThat(titles("closures")).isEmpty();
        assertThat(titles("opening library")).containsExactly("Library opening hours");
    }

    @Test
    void another_teams_words_find_nothing() {
        requests.create(draft("Secret parking enforcement", leicester, LocalDate.of(2025, 3, 10)));

        users.signInNew(Role.MEMBER);

        assertThat(titles("parking")).isEmpty();
    }

    @Test
    void requests_saved_before_search_words_existed_are_filled_in_by_the_migration() throws Exception {
        Long id = requests.create(draft("Road maintenance spend", leicester, LocalDate.of(2025, 3, 10))).getId();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("delete from request_search_word where request_id = ?", id);
        assertThat(titles("road")).isEmpty();

        try (Connection connection = dataSource.getConnection()) {
            assertThat(RequestWordsBackfill.fillMissing(connection)).isPositive();
        }

        assertThat(titles("road maint")).containsExactly("Road maintenance spend");
    }

    private List<String> titles(String search) {
        return requests.list(new RequestFilter(null, null, search, null, null), PageRequest.of(0, 50, Sort.by("title")))
                .map(FoiRequest::getTitle).getContent();
    }
}
