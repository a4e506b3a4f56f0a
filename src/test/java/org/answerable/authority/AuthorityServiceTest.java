package org.answerable.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.answerable.account.Role;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AuthorityServiceTest {

    @Autowired AuthorityService authorities;
    @Autowired TestUsers users;

    @BeforeEach
    void signInAMember() {
        users.signInNew(Role.MEMBER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_current_uk_local_authorities_are_loaded_on_first_start() {
        assertThat(authorities.search("", PageRequest.of(0, 1)).getTotalElements()).isGreaterThanOrEqualTo(397);

        Authority leicester = authorities.findByCode("LCE").orElseThrow();
        assertThat(leicester.getOfficialName()).isEqualTo("Leicester City Council");
        assertThat(leicester.getShortName()).isEqualTo("Leicester");
        assertThat(leicester.getNation()).isEqualTo(Nation.ENGLAND);
        assertThat(leicester.getDefaultRegime()).isEqualTo(Regime.FOIA);
        assertThat(leicester.getWdtkId()).isEqualTo("240");
        assertThat(leicester.getGovukSlug()).isEqualTo("leicester");

        assertThat(authorities.findByCode("ABE").orElseThrow().getDefaultRegime())
                .as("Scottish councils default to FOISA").isEqualTo(Regime.FOISA);
        assertThat(authorities.findByCode("ABC").orElseThrow().getDefaultRegime())
                .as("Northern Ireland councils default to FOIA").isEqualTo(Regime.FOIA);
    }

    @Test
    void former_authorities_are_not_loaded() {
        assertThat(authorities.search("", PageRequest.of(0, 1)).getTotalElements()).isLessThan(470);
    }

    @Test
    void search_finds_by_part_of_the_name_in_any_case_and_by_code() {
        assertThat(authorities.search("LEICESTER", PageRequest.of(0, 10)).map(Authority::getCode))
                .contains("LCE", "LEC", "NWL");
        assertThat(authorities.search("cov", PageRequest.of(0, 10)).map(Authority::getCode)).contains("COV");
    }

    @Test
    void a_user_added_body_gets_saved_and_a_duplicate_name_is_refused() {
        AuthorityForm police = form("Leicestershire Police " + System.nanoTime());
        police.setAuthorityType("Police force");
        police.setFoiEmail("foi@leics.police.uk");
        Authority saved = authorities.create(police);
        assertThat(saved.getId()).isNotNull();

        AuthorityForm again = form("  " + saved.getOfficialName().toUpperCase() + " ");
        assertThatThrownBy(() -> authorities.create(again)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already in the directory");
    }

    @Test
    void renaming_an_authority_to_an_existing_name_is_refused() {
        Authority trust = authorities.create(form("Example NHS Trust " + System.nanoTime()));
        AuthorityForm rename = AuthorityForm.of(trust);
        rename.setOfficialName("Leicester City Council");
        assertThatThrownBy(() -> authorities.update(trust.getId(), rename)).hasMessageContaining("already in the directory");
    }

    @Test
    void a_missing_name_is_refused() {
        assertThatThrownBy(() -> authorities.create(form(" "))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Enter the authority's name");
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        Authority body = authorities.create(form("Stale Edit Council " + System.nanoTime()));
        AuthorityForm first = AuthorityForm.of(body);
        AuthorityForm second = AuthorityForm.of(body);
        first.setFoiEmail("first@example.org");
        authorities.update(body.getId(), first);
        second.setFoiEmail("second@example.org");
        assertThatThrownBy(() -> authorities.update(body.getId(), second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(authorities.find(body.getId()).orElseThrow().getFoiEmail()).isEqualTo("first@example.org");
    }

    @Test
    void a_viewer_cannot_add_or_change_an_authority() {
        Authority body = authorities.create(form("Read Only Council " + System.nanoTime()));
        users.signInNew(Role.VIEWER);

        assertThatThrownBy(() -> authorities.create(form("Viewer's Council " + System.nanoTime())))
                .isInstanceOf(AccessDeniedException.class);
        AuthorityForm change = AuthorityForm.of(body);
        change.setFoiEmail("viewer@example.org");
        assertThatThrownBy(() -> authorities.update(body.getId(), change)).isInstanceOf(AccessDeniedException.class);
        assertThat(authorities.find(body.getId()).orElseThrow().getFoiEmail()).isNull();
    }

    private static AuthorityForm form(String name) {
        AuthorityForm form = new AuthorityForm();
        form.setOfficialName(name);
        form.setNation(Nation.ENGLAND);
        form.setDefaultRegime(Regime.FOIA);
        return form;
    }
}
