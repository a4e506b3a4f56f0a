package org.answerable.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Writes an evidence pack as a Word document (Apache POI), which campaigners can edit before sending. */
final class WordEvidence {

    private static final int[] HEADING_SIZES = {18, 14, 12, 11};

    private WordEvidence() {
    }

    static byte[] write(EvidencePack pack) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            small(footer.createRun(), "Confidential · Answerable evidence pack");
            for (Block block : EvidenceOutline.of(pack)) {
                switch (block) {
                    case Block.Heading h -> heading(doc, h);
                    case Block.Text t -> text(doc, t);
                    case Block.Field f -> field(doc, f);
                    case Block.Table t -> table(doc, t);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Word document", e);
        }
    }

    private static void heading(XWPFDocument doc, Block.Heading h) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(h.level() == 1 ? 0 : 200);
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setItalic(h.level() >= 4);
        run.setFontSize(HEADING_SIZES[Math.min(h.level(), HEADING_SIZES.length) - 1]);
        run.setText(h.text());
    }

    private static void text(XWPFDocument doc, Block.Text t) {
        XWPFRun run = doc.createParagraph().createRun();
        if (t.small()) {
            small(run, t.text());
        } else {
            lines(run, t.text());
        }
    }

    private static void small(XWPFRun run, String text) {
        run.setItalic(true);
        run.setFontSize(8);
        run.setText(text);
    }

    private static void field(XWPFDocument doc, Block.Field f) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun label = p.createRun();
        label.setBold(true);
        label.setText(f.label() + ": ");
        lines(p.createRun(), f.value());
    }

    /** A run keeps line breaks only as explicit breaks. */
    private static void lines(XWPFRun run, String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i));
        }
    }

    private static void table(XWPFDocument doc, Block.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        fill(table.getRow(0), t.headers(), true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table.getRow(r + 1), t.rows().get(r), false);
        }
        table.getRow(0).setRepeatHeader(true);
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean header) {
        for (int c = 0; c < values.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().getFirst();
            XWPFRun run = p.createRun();
            run.setBold(header);
            run.setFontSize(9);
            lines(run, values.get(c));
        }
    }
}
