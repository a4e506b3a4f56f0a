package org.answerable.mail;

import java.security.SecureRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mail key from the environment, and what is derived from it. */
@Configuration
class MailConfiguration {

    @Bean
    MailSecretCipher mailSecretCipher(@Value("${answerable.mail.key:}") String key) {
        return MailSecretCipher.fromKeyText(key);
    }

    /**
     * Without a mail key no mailbox password can be saved, so nothing is sent or received and no
     * reply address is ever handed out: a random key for this run only is then harmless.
     */
    @Bean
    ReplyAddress replyAddress(MailSecretCipher cipher) {
        if (cipher.hasKey()) {
            return new ReplyAddress(cipher.derivedKey("reply address"));
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new ReplyAddress(random);
    }
}
