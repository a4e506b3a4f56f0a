package org.answerable.reply.letter;

/** A file safely written under the data directory, with what was learnt from its content. */
record StoredFile(String fileName, String contentType, long sizeBytes, String sha256, String storagePath,
        String extractedText) {
}
