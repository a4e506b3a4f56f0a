package org.answerable.reply.letter;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;

/**
 * Scans with no text layer. The PDF is a committed file, a page image drawn in Java2D and wrapped
 * in a PDF by PDFBox (text at 150 dpi): "Freedom of Information Act 2000 - Request FOI-2024-117",
 * two questions and answers ("1,204 potholes were reported.", "We do not hold this information.").
 */
public final class ScannedLetters {

    private ScannedLetters() {
    }

    public static byte[] pdf() throws IOException {
        try (InputStream in = ScannedLetters.class.getResourceAsStream("/scans/scanned-reply.pdf")) {
            return in.readAllBytes();
        }
    }

    /** A photographed line of text as a PNG. */
    public static byte[] pngSaying(String line) throws IOException {
        BufferedImage page = new BufferedImage(1000, 160, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 32));
        g.drawString(line, 40, 90);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page, "png", out);
        return out.toByteArray();
    }
}
