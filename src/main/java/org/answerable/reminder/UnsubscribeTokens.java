package org.answerable.reminder;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.answerable.mail.MailSecretCipher;
import org.springframework.stereotype.Component;

/**
 * The token in every reminder's one-click unsubscribe link: the user's id signed with a key derived
 * from the mail key (ANSWERABLE_MAIL_KEY), so nobody can make a link that turns off someone else's
 * reminders. Without a mail key no mail is sent, and a key for this run only does no harm.
 */
@Component
class UnsubscribeTokens {

    private static final int SIGNATURE_HEX = 32;
    private final byte[] key;

    UnsubscribeTokens(MailSecretCipher cipher) {
        if (cipher.hasKey()) {
            key = cipher.derivedKey("reminder unsubscribe");
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
    }

    String tokenFor(Long userId) {
        return userId + "-" + signature(userId);
    }

    Optional<Long> userIn(String token) {
        if (token == null || !token.matches("\\d{1,18}-[0-9a-f]{" + SIGNATURE_HEX + "}")) {
            return Optional.empty();
        }
        long userId = Long.parseLong(token.substring(0, token.indexOf('-')));
        byte[] given = token.substring(token.indexOf('-') + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, signature(userId).getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(userId) : Optional.empty();
    }

    private String signature(long userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("unsubscribe " + userId).getBytes(StandardCharsets.US_ASCII)))
                    .substring(0, SIGNATURE_HEX);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
