package org.answerable.reply.letter;

/** An attachment's original bytes, as uploaded. */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {
}
