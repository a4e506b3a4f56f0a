package org.answerable.reply.letter;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Reads the words of a scanned letter: a PDF whose pages are pictures, or a photo or scan of a
 * page, through Tesseract (Debian's {@code tesseract-ocr} and {@code tesseract-ocr-eng}). Many
 * councils still post a printed reply and scan it; without this its text is empty and the paste
 * assistant has nothing to read. Where Tesseract is not installed, {@link #available()} says so,
 * so that the app can tell the user rather than show an empty text.
 */
@Component
class OcrTextExtractor {

    /** The types whose text may lie only in pictures. */
    static final Set<String> SCANNABLE = Set.of("application/pdf", "image/png", "image/jpeg", "image/tiff");

    private static final Logger log = LoggerFactory.getLogger(OcrTextExtractor.class);
    private static final String LANGUAGE = "eng";
    // A scanned page takes a few seconds; a letter that takes minutes is better read by hand than waited for.
    private static final int TIMEOUT_SECONDS = 120;

    private final TesseractOCRParser tesseract = new TesseractOCRParser();
    private final Parser pdfPages;
    private final boolean available;

    OcrTextExtractor(@Value("${answerable.ocr.tesseract-path:}") String tesseractPath) {
        if (!tesseractPath.isBlank()) {
            tesseract.setTesseractPath(tesseractPath);
        }
        available = detect();
        pdfPages = new AutoDetectParser(new PDFParser(), tesseract);
    }

    /** Whether Tesseract with its English data is installed on this server. */
    boolean available() {
        return available;
    }

    /**
     * The text OCR reads from the file, empty when OCR is unavailable, the type is not scannable
     * or no words were found.
     */
    Optional<String> read(String contentType, byte[] content, int maxChars) {
        if (!available || !SCANNABLE.contains(contentType)) {
            return Optional.empty();
        }
        BodyContentHandler text = new BodyContentHandler(maxChars);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, contentType);
        // A PDF goes through the PDF parser, which renders each page for Tesseract; an image goes straight to it.
        Parser reader = contentType.startsWith("image/") ? tesseract : pdfPages;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            reader.parse(in, text, metadata, context());
        } catch (IOException | SAXException | TikaException e) {
            // A write limit reached still leaves the text read so far, which is what we keep.
            log.info("OCR stopped on a {} attachment: {}", contentType, e.getMessage());
        }
        String read = text.toString().strip();
        return read.isEmpty() ? Optional.empty() : Optional.of(read);
    }

    /** Why a file that may be a scan has no text, in the user's words; empty when it has text or cannot be a scan. */
    Optional<String> whyNoText(String contentType, String extractedText) {
        if (extractedText != null && !extractedText.isBlank() || !SCANNABLE.contains(contentType)) {
            return Optional.empty();
        }
        return Optional.of(available ? "no text (scanned?): none found, even by reading the scan (OCR)"
                : "no text (scanned?): reading scanned pages (OCR) is not available on this server");
    }

    private ParseContext context() {
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.OCR_ONLY);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(LANGUAGE);
        ocr.setTimeoutSeconds(TIMEOUT_SECONDS);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdf);
        context.set(TesseractOCRConfig.class, ocr);
        context.set(Parser.class, pdfPages);
        return context;
    }

    private boolean detect() {
        try {
            tesseract.initialize(Map.of());
            // Tika lists the languages only when told where Tesseract's data lies; otherwise Tesseract finds them itself.
            boolean found = tesseract.hasTesseract() && (tesseract.getLangs().isEmpty() || tesseract.getLangs().contains(LANGUAGE));
            if (!found) {
                log.warn("Tesseract with English data is not installed: scanned letters will have no text "
                        + "(install tesseract-ocr and tesseract-ocr-eng)");
            }
            return found;
        } catch (TikaConfigException e) {
            log.warn("Tesseract could not be checked ({}): scanned letters will have no text", e.getMessage());
            return false;
        }
    }
}
