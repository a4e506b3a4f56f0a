package org.answerable.mail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts mailbox passwords at rest with AES-256-GCM under a key the database never holds (the
 * {@value #ENVIRONMENT_VARIABLE} environment variable): a copy of the database alone reveals no
 * password. Each value is bound to what it is for (e.g. "team 7 smtp"), so a stored password
 * copied onto another team or field does not decrypt.
 *
 * <p>The key is either 32 random bytes in Base64 ({@code openssl rand -base64 32}) or a passphrase
 * of at least {@value #PASSPHRASE_MIN_LENGTH} characters, stretched with PBKDF2-HMAC-SHA256.
 */
public final class MailSecretCipher {

    public static final String ENVIRONMENT_VARIABLE = "ANSWERABLE_MAIL_KEY";
    static final int PASSPHRASE_MIN_LENGTH = 20;
    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int PBKDF2_ITERATIONS = 310_000;
    // One fixed salt is enough: the passphrase protects a single key, not a table of user passwords.
    private static final byte[] PBKDF2_SALT = "answerable-mail-key-v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private MailSecretCipher(SecretKey key) {
        this.key = key;
    }

    /**
     * The cipher for the configured key text; without one (null or blank) it can't encrypt, and
     * says so. A key that is set but too weak is refused at once rather than used.
     *
     * @throws IllegalArgumentException when the text is neither 32 Base64 bytes nor a long passphrase
     */
    public static MailSecretCipher fromKeyText(String keyText) {
        if (keyText == null || keyText.isBlank()) {
            return new MailSecretCipher(null);
        }
        String text = keyText.strip();
        byte[] raw = base64(text);
        if (raw != null && raw.length == 32) {
            return new MailSecretCipher(new SecretKeySpec(raw, "AES"));
        }
        if (text.length() < PASSPHRASE_MIN_LENGTH) {
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " must be 32 bytes in Base64 (openssl rand -base64 32) "
                    + "or a passphrase of at least " + PASSPHRASE_MIN_LENGTH + " characters");
        }
        return new MailSecretCipher(new SecretKeySpec(stretch(text), "AES"));
    }

    public boolean hasKey() {
        return key != null;
    }

    /** The password as stored: "v1:" and Base64 of a random IV followed by the ciphertext and tag. */
    public String encrypt(String secret, String purpose) {
        requireKey();
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * @throws UnreadableSecretException when the value was sealed with another key or for another
     *         purpose, or is damaged
     */
    public String decrypt(String stored, String purpose) {
        requireKey();
        byte[] packed = stored != null && stored.startsWith(FORMAT) ? base64(stored.substring(FORMAT.length())) : null;
        if (packed == null || packed.length <= IV_BYTES) {
            throw new UnreadableSecretException();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, packed, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(packed, IV_BYTES, packed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableSecretException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * A separate key for another use of the same secret (e.g. signing reply addresses), so one
     * environment variable serves both without using the encryption key itself twice.
     */
    public byte[] derivedKey(String use) {
        requireKey();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(("answerable " + use).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private void requireKey() {
        if (key == null) {
            throw new MailKeyMissingException();
        }
    }

    private static byte[] stretch(String passphrase) {
        char[] chars = passphrase.toCharArray();
        try {
            PBEKeySpec spec = new PBEKeySpec(chars, PBKDF2_SALT, PBKDF2_ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java runtime", e);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notStandard) {
            try {
                return Base64.getUrlDecoder().decode(text);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
    }
}
