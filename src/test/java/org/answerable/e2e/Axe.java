package org.answerable.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.core.io.ClassPathResource;

/**
 * axe-core, the accessibility checker, run inside the page under test. Its script is a test
 * resource (src/test/resources/axe), so the tests need no network.
 */
final class Axe {

    private static final String SCRIPT = read();

    /**
     * Rules of lesser impact that still make the app hard to use with a screen reader or keyboard:
     * content outside landmarks, a page without a main heading, skipped heading levels, headerless
     * table columns.
     */
    private static final Set<String> ALSO_REQUIRED = Set.of("region", "page-has-heading-one", "landmark-one-main",
            "heading-order", "empty-table-header", "landmark-unique", "bypass");

    private Axe() {
    }

    /**
     * The serious and critical violations on the page as it is now, and those of {@link #ALSO_REQUIRED},
     * one line each: rule, impact, what is wrong and where.
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver driver) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(SCRIPT);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Vaadin's development tools are not part of the app a user gets.
                const context = {exclude: [['copilot-main'], ['vaadin-dev-tools']]};
                axe.run(context, {resultTypes: ['violations']})
                    .then(result => done(result.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.slice(0, 3).map(n => JSON.stringify(n.target) + ' ' + n.html.substring(0, 160))}))))
                    .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), targets: []}]));
                """);
        return violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))
                        || ALSO_REQUIRED.contains(v.get("id")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("targets"))
                .toList();
    }

    private static String read() {
        try {
            return new ClassPathResource("axe/axe.min.js").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
