package org.answerable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README stays a short front door, and no guide points at a file or picture that is not there. */
class DocumentationTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void the_readme_is_short_and_opens_with_the_two_commands_then_what_you_need() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme);

        assertThat(Files.size(readme)).as("README size in bytes").isLessThanOrEqualTo(12 * 1024);
        assertThat(text.indexOf("./mvnw spring-boot:run")).as("how to run the app comes first")
                .isLessThan(text.indexOf("## "));
        assertThat(text.indexOf("./mvnw verify")).isLessThan(text.indexOf("## "));
        assertThat(text).contains("## What you need", "UnsupportedClassVersionError", "## First login",
                "docs/user-guide.md", "docs/operations.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/user-guide.md", "docs/operations.md"})
    void every_link_and_picture_of_a_guide_is_there_and_pictures_stay_small(String guide) throws IOException {
        Path file = Path.of(guide);
        List<String> targets = LINK.matcher(Files.readString(file)).results().map(m -> m.group(1))
                .filter(target -> !target.startsWith("http")).toList();
        assertThat(targets).as("links in " + guide).isNotEmpty();
        for (String target : targets) {
            Path linked = file.toAbsolutePath().getParent().resolve(target).normalize();
            assertThat(linked).as(guide + " links " + target).exists();
            if (target.endsWith(".png")) {
                assertThat(Files.size(linked)).as(target + " in bytes").isLessThan(150 * 1024);
            }
        }
    }
}
