package org.answerable.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MailSecretCipherTest {

    private static final String BASE64_KEY = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32});
    private static final MailSecretCipher CIPHER = MailSecretCipher.fromKeyText(BASE64_KEY);

    @ParameterizedTest
    @ValueSource(strings = {"hunter2", "correct horse battery staple", "pässwörd £€ 密码", " spaces around ", "Tr0ub4dor&3"})
    void a_password_comes_back_as_it_was_and_is_not_stored_readably(String password) {
        String stored = CIPHER.encrypt(password, "team 1 smtp");

        assertThat(stored).startsWith("v1:").doesNotContain(password.strip());
        assertThat(CIPHER.decrypt(stored, "team 1 smtp")).isEqualTo(password);
    }

    @Test
    void the_same_password_is_stored_differently_each_time() {
        assertThat(CIPHER.encrypt("same", "team 1 smtp")).isNotEqualTo(CIPHER.encrypt("same", "team 1 smtp"));
    }

    @ParameterizedTest(name = "sealed for \"{0}\", read as \"{1}\"")
    @CsvSource({"team 1 smtp, team 2 smtp", "team 1 smtp, team 1 imap", "team 12 imap, team 1 imap"})
    void a_password_moved_to_another_team_or_field_does_not_decrypt(String sealedFor, String readAs) {
        String stored = CIPHER.encrypt("secret", sealedFor);

        assertThatThrownBy(() -> CIPHER.decrypt(stored, readAs)).isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void a_password_saved_under_another_key_is_reported_as_unreadable_not_as_a_crash() {
        MailSecretCipher other = MailSecretCipher.fromKeyText("another passphrase that is long enough");
        String stored = other.encrypt("secret", "team 1 smtp");

        assertThatThrownBy(() -> CIPHER.decrypt(stored, "team 1 smtp"))
                .isInstanceOf(UnreadableSecretException.class)
                .hasMessageContaining("Enter the password again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v1:", "v1:!!!", "v1:AAAA", "plaintext-password", "v2:abcdef"})
    void damaged_stored_values_are_unreadable(String stored) {
        assertThatThrownBy(() -> CIPHER.decrypt(stored, "team 1 smtp")).isInstanceOf(UnreadableSecretException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void without_a_key_nothing_is_encrypted_and_the_reason_names_the_variable(String keyText) {
        MailSecretCipher none = MailSecretCipher.fromKeyText(keyText);

        assertThat(none.hasKey()).isFalse();
        assertThatThrownBy(() -> none.encrypt("secret", "team 1 smtp"))
                .isInstanceOf(MailKeyMissingException.class)
                .hasMessageContaining("ANSWERABLE_MAIL_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "only nineteen chars", "c2hvcnQ="})
    void a_weak_key_is_refused_rather_than_used(String keyText) {
        assertThatThrownBy(() -> MailSecretCipher.fromKeyText(keyText))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void the_same_passphrase_gives_the_same_key_after_a_restart() {
        String stored = MailSecretCipher.fromKeyText("a long passphrase for the mail key").encrypt("secret", "p");

        assertThat(MailSecretCipher.fromKeyText("a long passphrase for the mail key").decrypt(stored, "p")).isEqualTo("secret");
    }

    @Test
    void derived_keys_differ_by_use_and_from_the_key_itself() {
        assertThat(CIPHER.derivedKey("reply address")).hasSize(32)
                .isNotEqualTo(CIPHER.derivedKey("something else"))
                .isNotEqualTo(Base64.getDecoder().decode(BASE64_KEY));
    }
}
