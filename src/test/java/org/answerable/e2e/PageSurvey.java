package org.answerable.e2e;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens pages at a desktop and a phone width and lists what a user would trip over: serious or
 * critical accessibility violations (axe-core), errors in the browser console, and a page wider
 * than the phone's screen. With {@code -Dscreenshots.dir=docs/images} it also saves the pictures
 * the guides show.
 */
final class PageSurvey {

    /** A window size the app must work at. */
    record Width(String name, int width, int height) {
    }

    static final Width DESKTOP = new Width("desktop", 1366, 900);
    static final Width PHONE = new Width("phone", 390, 844);
    /** The guides' pictures stay under 150 KB each. */
    private static final int LARGEST_PICTURE = 140 * 1024;

    /**
     * A page to check; {@code screenshot} names its picture in the guides, or is null for none;
     * {@code onPhoneToo} adds a picture at the phone's width ("name-phone.png").
     */
    record Page(String name, String path, String screenshot, boolean onPhoneToo) {

        Page(String name, String path, String screenshot) {
            this(name, path, screenshot, false);
        }
    }

    private final ChromeDriver browser;
    private final String baseUrl;
    private final Path screenshots;
    private final List<String> problems = new ArrayList<>();

    PageSurvey(ChromeDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        String dir = System.getProperty("screenshots.dir");
        this.screenshots = dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** The page's viewport gets exactly this size (a window size would include the browser's frame). */
    void resize(Width width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width.width(),
                "height", width.height(), "deviceScaleFactor", 1, "mobile", width == PHONE));
    }

    /** Opens the page and checks it as it first appears. */
    void check(Page page, Width width) {
        browser.get(baseUrl + page.path());
        waitUntilIdle();
        checkAsShown(page.name(), width);
        if (page.screenshot() != null && (width == DESKTOP || page.onPhoneToo())) {
            screenshot(page.screenshot() + (width == PHONE ? "-phone" : ""));
        }
    }

    /** Checks the page in the state it is in now (a dialog opened, a row unfolded). */
    void checkAsShown(String name, Width width) {
        String where = name + " at " + width.width() + "px: ";
        Axe.seriousViolations(browser).forEach(v -> problems.add(where + v));
        Browser.consoleErrors(browser).forEach(e -> problems.add(where + "console error " + e));
        if (width == PHONE) {
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth");
            if (overflow.intValue() > 0) {
                problems.add(where + "the page is " + overflow + "px wider than the screen (" + widestElements() + ")");
            }
            Object sideways = browser.executeScript(SIDEWAYS_SCROLLING);
            if (sideways != null) {
                problems.add(where + "the page scrolls sideways in " + sideways + " (" + widestElements() + ")");
            }
        }
    }

    /**
     * The app's layout scrolls its content in a box of its own, so the document never gets wider:
     * this finds a box as wide as the screen whose content is wider. A table that scrolls its own
     * columns is allowed; the page around it must not.
     */
    private static final String SIDEWAYS_SCROLLING = """
            const found = [];
            const visit = root => root.querySelectorAll('*').forEach(e => {
                if (e.shadowRoot) visit(e.shadowRoot);
                if (e.closest('vaadin-grid') || (e.getRootNode().host && e.getRootNode().host.closest('vaadin-grid'))) return;
                const style = getComputedStyle(e);
                if ((style.overflowX === 'auto' || style.overflowX === 'scroll')
                        && e.clientWidth >= window.innerWidth * 0.8 && e.scrollWidth > e.clientWidth + 1) {
                    found.push((e.getRootNode().host ? e.getRootNode().host.tagName.toLowerCase() + '>' : '')
                        + e.tagName.toLowerCase() + (e.getAttribute('part') ? '[part=' + e.getAttribute('part') + ']' : '')
                        + ' by ' + (e.scrollWidth - e.clientWidth) + 'px');
                }
            });
            visit(document);
            return found.length ? found.join(', ') : null;
            """;

    List<String> problems() {
        return problems;
    }

    void waitUntilIdle() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(browser.executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                return document.readyState === 'complete' && (!flow || !flow.clients
                    || Object.values(flow.clients).every(client => !client.isActive || !client.isActive()));
                """)));
    }

    /** Names the elements that stick out on the right, so a failure says where to look. */
    private Object widestElements() {
        return browser.executeScript("""
                const limit = window.innerWidth;
                const out = [];
                const visit = (root) => root.querySelectorAll('*').forEach(e => {
                    if (e.closest('vaadin-grid')) return;
                    const r = e.getBoundingClientRect();
                    if (r.right > limit + 1 && r.width > 0 && out.length < 5
                            && !(e.parentElement && e.parentElement.getBoundingClientRect().right > limit + 1)) {
                        out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                            + ' right=' + Math.round(r.right));
                    }
                });
                visit(document);
                return out.join(', ');
                """);
    }

    /**
     * Saves what the browser shows as {@code name}.png, when a screenshots directory is given:
     * compressed hard, and its bottom cut off while it is over {@link #LARGEST_PICTURE}, so the
     * guides stay light to download.
     */
    void screenshot(String name) {
        if (screenshots == null) {
            return;
        }
        try {
            Files.createDirectories(screenshots);
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(browser.getScreenshotAs(OutputType.BYTES)));
            byte[] png = png(shot);
            while (png.length > LARGEST_PICTURE) {
                shot = cropped(shot, 0.9);
                png = png(shot);
            }
            Files.write(screenshots.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static byte[] png(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The top of the picture: cutting keeps the text sharp, where shrinking would blur it. */
    private static BufferedImage cropped(BufferedImage image, double share) {
        return image.getSubimage(0, 0, image.getWidth(), (int) Math.round(image.getHeight() * share));
    }
}
