package org.answerable.reply.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** CI installs Tesseract (.ci/run), so these tests require it rather than skip without it. */
class OcrTextExtractorTest {

    private static final OcrTextExtractor ocr = new OcrTextExtractor("");

    private static OcrTextExtractor installed() {
        assertThat(ocr.available()).as("Tesseract is missing: apt-get install tesseract-ocr tesseract-ocr-eng (.ci/run installs them)")
                .isTrue();
        return ocr;
    }

    @Test
    void a_scanned_pdf_without_a_text_layer_is_read_by_ocr() throws IOException {
        String text = installed().read("application/pdf", ScannedLetters.pdf(), 100_000).orElseThrow();

        assertThat(text).contains("Freedom of Information", "FOI-2024-117", "1,204 potholes", "We do not hold this information");
    }

    @Test
    void a_photographed_page_is_read_by_ocr() throws IOException {
        String text = installed().read("image/png", ScannedLetters.pngSaying("Section 40(2) applies to the names"), 100_000)
                .orElseThrow();

        assertThat(text).contains("Section 40(2) applies to the names");
    }

    @Test
    void a_blank_scan_gives_no_text_rather_than_noise() throws IOException {
        assertThat(installed().read("image/png", ScannedLetters.pngSaying(""), 100_000)).isEmpty();
    }

    @Test
    void without_tesseract_ocr_says_it_is_unavailable_and_reads_nothing() throws IOException {
        OcrTextExtractor missing = new OcrTextExtractor("/nonexistent/tesseract/");

        assertThat(missing.available()).isFalse();
        assertThat(missing.read("application/pdf", ScannedLetters.pdf(), 100_000)).isEmpty();
        assertThat(missing.whyNoText("application/pdf", null)).contains("no text (scanned?): reading scanned pages (OCR) is not available on this server");
        assertThat(missing.whyNoText("image/jpeg", " ")).isPresent();
    }

    @Test
    void only_a_file_that_may_be_a_scan_and_has_no_text_gets_a_reason() {
        OcrTextExtractor missing = new OcrTextExtractor("/nonexistent/tesseract/");

        assertThat(missing.whyNoText("application/pdf", "Dear requester")).isEmpty();
        assertThat(missing.whyNoText("text/csv", null)).isEmpty();
        assertThat(installed().whyNoText("image/png", null)).contains("no text (scanned?): none found, even by reading the scan (OCR)");
    }
}
