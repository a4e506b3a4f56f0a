package org.answerable.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password someone chooses must be: long enough to resist guessing (NCSC and NIST favour
 * length over character rules) and not one of the passwords attackers try first.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads only the first 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;
    private static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        try (InputStream in = new ClassPathResource(COMMON_PASSWORDS).getInputStream()) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::key)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException("The common-passwords list is part of the application", e);
        }
    }

    /** Why the password is refused, in words for the person choosing it; empty when it is fine. */
    Optional<String> problemWith(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A few unrelated words make a "
                    + "long password that is easy to remember.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " characters (fewer with accented letters or symbols).");
        }
        if (common.contains(key(password))) {
            return Optional.of("That password is on the list of passwords attackers try first. Choose another.");
        }
        return Optional.empty();
    }

    private static String key(String password) {
        return password.strip().toLowerCase(Locale.ROOT);
    }
}
