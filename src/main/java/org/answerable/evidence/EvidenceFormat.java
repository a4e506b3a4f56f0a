package org.answerable.evidence;

import java.util.function.Function;

/** The file types an evidence pack comes in: PDF to send, Word to edit first. */
public enum EvidenceFormat {
    PDF("PDF", "pdf", "application/pdf", PdfEvidence::write),
    WORD("Word", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", WordEvidence::write);

    private final String label;
    private final String extension;
    private final String contentType;
    private final Function<EvidencePack, byte[]> writer;

    EvidenceFormat(String label, String extension, String contentType, Function<EvidencePack, byte[]> writer) {
        this.label = label;
        this.extension = extension;
        this.contentType = contentType;
        this.writer = writer;
    }

    public String label() {
        return label;
    }

    EvidenceFile render(EvidencePack pack, String baseName) {
        return new EvidenceFile(baseName + "." + extension, contentType, writer.apply(pack));
    }
}
