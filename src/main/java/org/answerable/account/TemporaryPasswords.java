package org.answerable.account;

import java.security.SecureRandom;

/**
 * One-time passwords an administrator hands over. Letters and digits without look-alikes (0/O,
 * 1/l/I), so they can be read out or typed from a note without mistakes.
 */
final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    /** Four groups of four characters, about 92 bits of randomness. */
    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
