package org.answerable.reply.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.answerable.audit.Audited;

/** A file that came with a reply. The bytes live under the data directory; the text is kept for search. */
@Entity
@Table(name = "reply_attachment")
public class Attachment implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reply_id", nullable = false, updatable = false)
    private Reply reply;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_path", nullable = false, length = 500)
    private String storagePath;

    @Column(name = "extracted_text", length = Reply.LETTER_MAX_LENGTH)
    private String extractedText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Attachment() {
    }

    Attachment(Reply reply, StoredFile file) {
        this.reply = reply;
        this.teamId = reply.getTeamId();
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storagePath = file.storagePath();
        this.extractedText = file.extractedText();
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getTeamId() { return teamId; }
    /** The letter this file came with. */
    public Reply getReply() { return reply; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    String getStoragePath() { return storagePath; }
    public String getExtractedText() { return extractedText; }
    /** False for a file read without finding text, most often a scan (see {@link ExtractedText}). */
    public boolean hasText() { return extractedText != null; }

    @Override public Long teamId() { return teamId; }
    @Override public Long requestId() { return reply.getRequestId(); }
    @Override public String auditLabel() { return "attachment '" + fileName + "'"; }
}
