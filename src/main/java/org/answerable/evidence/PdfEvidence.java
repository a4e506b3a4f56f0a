package org.answerable.evidence;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** Draws an evidence pack as an A4 PDF (OpenPDF), with a confidentiality footer on every page. */
final class PdfEvidence {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font[] HEADINGS = {TITLE, new Font(Font.HELVETICA, 13, Font.BOLD),
            new Font(Font.HELVETICA, 11, Font.BOLD), new Font(Font.HELVETICA, 10, Font.BOLDITALIC)};
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC, Color.DARK_GRAY);
    private static final Font CELL = new Font(Font.HELVETICA, 8);
    private static final Font CELL_HEADER = new Font(Font.HELVETICA, 8, Font.BOLD);

    private PdfEvidence() {
    }

    static byte[] write(EvidencePack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        HeaderFooter footer = new HeaderFooter(new Phrase("Confidential · Answerable evidence pack · page ", SMALL), true);
        footer.setBorder(0);
        document.setFooter(footer);
        document.open();
        for (Block block : EvidenceOutline.of(pack)) {
            document.add(switch (block) {
                case Block.Heading h -> heading(h);
                case Block.Text t -> paragraph(new Phrase(pdfText(t.text()), t.small() ? SMALL : BODY));
                case Block.Field f -> field(f);
                case Block.Table t -> table(t);
            });
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph heading(Block.Heading h) {
        Paragraph p = new Paragraph(pdfText(h.text()), HEADINGS[Math.min(h.level(), HEADINGS.length) - 1]);
        p.setSpacingBefore(h.level() == 1 ? 0 : 10);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph field(Block.Field f) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(pdfText(f.label()) + ": ", BOLD));
        phrase.add(new Chunk(pdfText(f.value()), BODY));
        return paragraph(phrase);
    }

    private static Paragraph paragraph(Phrase phrase) {
        Paragraph p = new Paragraph(phrase);
        p.setSpacingAfter(3);
        return p;
    }

    private static PdfPTable table(Block.Table t) {
        PdfPTable table = new PdfPTable(t.headers().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        t.headers().forEach(h -> {
            PdfPCell cell = new PdfPCell(new Phrase(pdfText(h), CELL_HEADER));
            cell.setBackgroundColor(new Color(230, 230, 230));
            table.addCell(cell);
        });
        t.rows().stream().flatMap(List::stream).forEach(value -> table.addCell(new Phrase(pdfText(value), CELL)));
        return table;
    }

    /**
     * The standard PDF fonts cover Windows-1252 only; anything beyond it would silently vanish,
     * which for "≤5" would turn a suppressed figure into a 5.
     */
    static String pdfText(String text) {
        String spelled = text.replace("≤", "<=").replace("≥", ">=").replace("−", "-").replace("⚠", "(!)");
        CharsetEncoder encoder = Charset.forName("windows-1252").newEncoder();
        StringBuilder out = new StringBuilder(spelled.length());
        spelled.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            out.append(cp == '\n' || cp == '\t' || encoder.canEncode(ch) ? ch : "?");
        });
        return out.toString();
    }
}
