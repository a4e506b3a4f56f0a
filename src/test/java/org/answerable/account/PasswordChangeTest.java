package org.answerable.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class PasswordChangeTest {

    @Autowired MyAccountService myAccount;
    @Autowired AccountService accounts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired TestUsers users;

    String username;

    @BeforeEach
    void signIn() {
        username = users.create(Role.MEMBER);
        users.signIn(username);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_long_uncommon_password_replaces_the_old_one() {
        myAccount.changeOwnPassword(TestUsers.PASSWORD, "marmalade tugboat seventeen");

        String hash = accounts.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("marmalade tugboat seventeen", hash)).isTrue();
        assertThat(passwordEncoder.matches(TestUsers.PASSWORD, hash)).isFalse();
    }

    @Test
    void the_current_password_must_be_given() {
        assertThatThrownBy(() -> myAccount.changeOwnPassword("a guess at the password", "marmalade tugboat seventeen"))
                .isInstanceOf(AccountRuleException.class)
                .hasMessage("That is not your current password")
                .extracting(e -> ((AccountRuleException) e).field()).isEqualTo("currentPassword");
    }

    @Test
    void a_password_under_twelve_characters_is_refused() {
        assertThatThrownBy(() -> myAccount.changeOwnPassword(TestUsers.PASSWORD, "Sh0rt&sweet"))
                .isInstanceOf(AccountRuleException.class).hasMessageStartingWith("Use at least 12 characters");
    }

    @Test
    void a_password_longer_than_bcrypt_can_keep_is_refused_rather_than_cut() {
        assertThatThrownBy(() -> myAccount.changeOwnPassword(TestUsers.PASSWORD, "long ".repeat(15)))
                .isInstanceOf(AccountRuleException.class).hasMessageStartingWith("Use at most 72 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "qwertyuiop123", "123456789012", "iloveyou1234"})
    void a_common_password_is_refused_whatever_its_capitals(String common) {
        assertThatThrownBy(() -> myAccount.changeOwnPassword(TestUsers.PASSWORD, common))
                .isInstanceOf(AccountRuleException.class)
                .hasMessageContaining("passwords attackers try first");
        assertThat(passwordEncoder.matches(TestUsers.PASSWORD,
                accounts.findByUsername(username).orElseThrow().getPasswordHash())).isTrue();
    }
}
