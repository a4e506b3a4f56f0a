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
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
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
import org.springframework.util.function.SingletonSupplier;
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
    /** Tika loads every parser it knows (a second or more): done at the first upload, not at start. */
    private final SingletonSupplier<Tika> tika = SingletonSupplier.of(() -> {
        Tika withLimit = new Tika();
        withLimit.setMaxStringLength(MAX_TEXT_CHARS);
        return withLimit;
    });
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
        String inside = detect(null, content);
        if (inside.equals(MediaType.OCTET_STREAM.toString())) {
            throw unreadable(fileName, type);
        }
        String claimed = tika.obtain().detect(fileName);
        if (ACCEPTED.containsKey(claimed) && !sameKind(claimed, inside)) {
            throw new InvalidInputException("file", "\"" + fileName + "\" is named as " + ACCEPTED.get(claimed)
                    + " but holds " + article(describe(inside)) + ". Rename it to end in " + extension(inside)
                    + ", or save it again from the program that made it. Nothing was attached.");
        }
        ExtractedText text = extractText(fileName, content, type);
        if (text.status() == ExtractedText.Status.NO_TEXT) {
            // Only a file without a text layer of its own is read from its picture: OCR is slow.
            text = ExtractedText.of(ocr.read(type, content, MAX_TEXT_CHARS).orElse(null));
        }
        String relative = teamId + "/" + UUID.randomUUID() + ".bin";
        try {
            Path target = root.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the attachment to " + root, e);
        }
        return new StoredFile(safeName(fileName), type, content.length, sha256(content), relative, text.text());
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

    /** The bytes decide; the name only tells CSV from other plain text. Without a name, the bytes alone. */
    private String detect(String fileName, byte[] content) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return MediaType.parse(tika.obtain().detect(in, metadata)).getBaseType().toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /**
     * A file that cannot be read is refused; one that reads without text (a scan) is kept. Its own
     * text layer only: OCR is left to {@link OcrTextExtractor}, which runs only where this finds none.
     */
    private ExtractedText extractText(String fileName, byte[] content, String type) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler text = new BodyContentHandler(MAX_TEXT_CHARS);
        try (InputStream in = new ByteArrayInputStream(content)) {
            tika.obtain().getParser().parse(in, text, metadata, withoutOcr());
        } catch (EncryptedDocumentException e) {
            // A genuine letter behind a password: kept, though its text can't be searched.
            return ExtractedText.of(null);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                log.info("Refused an unreadable attachment of type {}: {}", type, e.getMessage());
                throw unreadable(fileName, type);
            }
            // A very long file: the text up to the length kept is enough to search and paste.
        } catch (IOException | TikaException e) {
            log.info("Refused an unreadable attachment of type {}: {}", type, e.getMessage());
            throw unreadable(fileName, type);
        }
        return ExtractedText.of(text.toString());
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

    private static InvalidInputException unreadable(String fileName, String type) {
        return new InvalidInputException("file", "\"" + fileName + "\" is not a readable " + describe(type)
                + ": it may be damaged, or another kind of file named " + extension(type) + ". Nothing was attached.");
    }

    /** Plain text, CSV and email are all text: a name choosing among them is no false claim. */
    private static boolean sameKind(String claimed, String inside) {
        return claimed.equals(inside) || textual(claimed) && textual(inside);
    }

    private static boolean textual(String type) {
        return type.startsWith("text/") || type.equals("message/rfc822");
    }

    private static String describe(String type) {
        return ACCEPTED.getOrDefault(type, type);
    }

    private static String article(String kind) {
        return ("AEIOU".indexOf(Character.toUpperCase(kind.charAt(0))) >= 0 ? "an " : "a ") + kind;
    }

    private static String extension(String type) {
        try {
            return MimeTypes.getDefaultMimeTypes().forName(type).getExtension();
        } catch (MimeTypeException e) {
            return "its proper ending";
        }
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
