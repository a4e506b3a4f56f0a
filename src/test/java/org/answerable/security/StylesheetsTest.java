package org.answerable.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every stylesheet the app ships reaches the browser as CSS, before and after login: a blocked one
 * (a redirect to the login page, or 403) leaves its page looking broken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StylesheetsTest {

    @LocalServerPort int port;

    @Test
    void every_stylesheet_of_the_app_is_served_as_css_to_a_browser_that_has_not_signed_in() throws Exception {
        List<String> stylesheets = ownStylesheets();
        assertThat(stylesheets).as("the app's stylesheets").contains("styles.css", "insights.css", "comparison.css");

        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String name : stylesheets) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + name)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(name).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(name).get().asString().startsWith("text/css");
            assertThat(response.body()).as(name).contains("{");
        }
    }

    /** The stylesheets in this project's META-INF/resources, not those inside library jars. */
    private static List<String> ownStylesheets() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/resources/*.css");
        return Arrays.stream(found)
                .filter(StylesheetsTest::isInThisProject)
                .map(Resource::getFilename)
                .toList();
    }

    private static boolean isInThisProject(Resource resource) {
        try {
            return resource.getURL().getProtocol().equals("file");
        } catch (IOException e) {
            return false;
        }
    }
}
