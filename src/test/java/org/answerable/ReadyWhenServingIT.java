package org.answerable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 17: from the first request the app accepts, every answer is the right one, or a 503 with
 * Retry-After while it is still starting. Never, as before, a 400 "No bank holidays are known"
 * from the deadline API because the holidays were still being loaded. The app starts on an empty
 * data directory, so every first-start task runs, while the pages and the API are asked in a loop.
 */
class ReadyWhenServingIT {

    /** What each address must answer once it answers 200; see DeadlineApiTest for the date. */
    private static final Map<String, Predicate<String>> RIGHT_ANSWERS = Map.of(
            "/api/deadlines?regime=FOIA&received=2025-06-27", body -> body.contains("\"responseDue\":\"2025-07-28\""),
            "/login", body -> body.contains("<html"),
            "/actuator/health", body -> body.contains("\"UP\""));

    @TempDir Path dataDir;

    @Test
    void from_the_moment_the_port_opens_every_answer_is_right_or_a_503_with_retry_after() throws Exception {
        int port = freePort();
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(Application.class).run("--answerable.data-dir=" + dataDir,
                        "--server.port=" + port, "--answerable.admin.password=ready-test-admin",
                        "--spring.main.banner-mode=off"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        List<String> wrong = new ArrayList<>();
        int answered = 0;
        int roundsAfterStart = 0;
        while (roundsAfterStart < 20 && !starting.isCompletedExceptionally()) {
            if (starting.isDone()) {
                roundsAfterStart++;
            }
            for (var address : RIGHT_ANSWERS.entrySet()) {
                HttpResponse<String> answer = ask(http, port, address.getKey());
                if (answer == null) {
                    continue;
                }
                answered++;
                boolean right = answer.statusCode() == 200 && address.getValue().test(answer.body());
                boolean tryAgain = answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isPresent();
                if (!right && !tryAgain) {
                    wrong.add(address.getKey() + " -> " + answer.statusCode() + " " + answer.body());
                }
            }
        }
        try (ConfigurableApplicationContext app = starting.join()) {
            assertThat(app.isActive()).isTrue();
        }
        assertThat(answered).as("answers received while and after starting").isGreaterThanOrEqualTo(60);
        assertThat(wrong).as("answers neither right nor 503 with Retry-After").isEmpty();
    }

    /** The answer, or null while nothing listens on the port yet. */
    private static HttpResponse<String> ask(HttpClient http, int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException notListening) {
            Thread.sleep(5);
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
