package org.answerable.reply.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.answerable.base.InvalidInputException;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Keeps attachment files under the data directory, named by a random id (never by the uploaded
 * name), after checking their size and their type by content, and extracts their text.
 */
@Component
class AttachmentStore {

    /** The file types a council reply comes in, keyed by the type Tika detects from the bytes. */
    static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("text/plain", "plain text"),
            Map.entry("message/rfc822", "email (EML)"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)"),
            Map.entry("text/csv", "CSV"),
            Map.entry("image/png", "scanned page (PNG)"),
            Map.entry("image/jpeg", "scanned page (JPEG)"),
            Map.entry("image/tiff", "scanned page (TIFF)"));

    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);
    private static final int MAX_TEXT_CHARS = Reply.LETTER_MAX_LENGTH;

    private final Path root;
    private final long maxBytes;
    private final Tika tika = new Tika();
    private final OcrTextExtractor ocr;

    AttachmentStore(@Value("${answerable.data-dir}") String dataDir,
            @Value("${answerable.attachments.max-bytes:20971520}") long maxBytes, OcrTextExtractor ocr) {
        this.root = Path.of(dataDir).resolve("attachments");
        this.maxBytes = maxBytes;
        this.ocr = ocr;
    }

    Optional<String> whyNoText(String contentType, String extractedText) {
        return ocr.whyNoText(contentType, extractedText);
    }

    long maxBytes() {
        return maxBytes;
    }

    StoredFile store(Long teamId, String fileName, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException("file", "\"" + fileName + "\" is empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException("file", "\"" + fileName + "\" is " + megabytes(content.length)
                    + "; attachments can be at most " + megabytes(maxBytes));
        }
        String type = detect(fileName, content);
        if (!ACCEPTED.containsKey(type)) {
            throw new InvalidInputException("file", "\"" + fileName + "\" is not a file type Answerable keeps ("
                    + type + "). Accepted: PDF, DOCX, ODT, RTF, TXT, EML, XLSX, CSV "
                    + "and scanned pages (PNG, JPEG, TIFF).");
        }
        String relative = teamId + "/" + UUID.randomUUID() + ".bin";
        try {
            Path target = root.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the attachment to " + root, e);
        }
        String text = textLayer(fileName, content).or(() -> ocr.read(type, content, MAX_TEXT_CHARS)).orElse(null);
        return new StoredFile(safeName(fileName), type, content.length, sha256(content), relative, text);
    }

    byte[] read(Attachment attachment) {
        try {
            return Files.readAllBytes(root.resolve(attachment.getStoragePath()));
        } catch (IOException e) {
            throw new IllegalStateException("The file of attachment " + attachment.getId() + " is missing", e);
        }
    }

    void delete(Attachment attachment) {
        try {
            Files.deleteIfExists(root.resolve(attachment.getStoragePath()));
        } catch (IOException e) {
            log.warn("Could not delete the file of attachment {}", attachment.getId(), e);
        }
    }

    /** The bytes decide; the name only tells CSV from other plain text. */
    private String detect(String fileName, byte[] content) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return MediaType.parse(tika.detect(in, metadata)).getBaseType().toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /** The file's own text; OCR is left to {@link OcrTextExtractor}, which runs only where this finds none. */
    private Optional<String> textLayer(String fileName, byte[] content) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler text = new BodyContentHandler(MAX_TEXT_CHARS);
        try (InputStream in = new ByteArrayInputStream(content)) {
            tika.getParser().parse(in, text, metadata, withoutOcr());
        } catch (IOException | SAXException | TikaException e) {
            // The file is kept either way, with the text read before the problem (up to the length kept).
            log.info("Text extraction stopped on an attachment of type {}: {}", metadata.get("Content-Type"), e.getMessage());
        }
        String read = text.toString().strip();
        return read.isEmpty() ? Optional.empty() : Optional.of(read);
    }

    private static ParseContext withoutOcr() {
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, noOcr);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "attachment" : Path.of(fileName).getFileName().toString();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1_048_576.0);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
