package org.answerable.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the original of mail waiting in the Inbox (and of bounces and automatic replies) under the
 * data directory, so a person can still file it, with its attachments, days later.
 */
@Component
class RawMailStore {

    private final Path root;

    RawMailStore(@Value("${answerable.data-dir}") String dataDir) {
        this.root = Path.of(dataDir).resolve("mail");
    }

    String keep(Long teamId, byte[] raw) {
        String relative = teamId + "/" + UUID.randomUUID() + ".eml";
        try {
            Path target = root.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.write(target, raw);
            return relative;
        } catch (IOException e) {
            throw new IllegalStateException("Could not keep a received message under " + root, e);
        }
    }

    Optional<byte[]> read(String relative) {
        try {
            return relative == null ? Optional.empty() : Optional.of(Files.readAllBytes(root.resolve(relative)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
