package org.answerable.evidence;

/** A generated pack, ready to download. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {
}
