import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The training run of the fast start (docs/fast-start.md): starts the extracted application once
 * with -XX:AOTCacheOutput on a scratch data directory, so the JVM records the classes it loads and
 * the methods it runs on a first start (migrations, first-start tasks) and while answering the pages
 * a visitor asks first, then stops it; on stopping, the JVM writes the AOT cache.
 *
 * Usage (the fast-start Maven profile runs it after the jar is extracted):
 *   java src/build/FastStartTraining.java target/fast-start
 * Uses the java that runs this file: the cache only fits the JDK that made it.
 */
public class FastStartTraining {

    private static final System.Logger LOG = System.getLogger(FastStartTraining.class.getName());

    /** The pages a first visitor asks for; /login is what the start-time benchmark waits for. */
    private static final List<String> FIRST_REQUESTS = List.of("/login", "/api/deadlines?regime=FOIA&received=2025-06-27",
            "/actuator/health", "/login");
    private static final Duration START_LIMIT = Duration.ofMinutes(15);

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: java FastStartTraining.java <extracted application directory>");
        }
        Path app = Path.of(args[0]).toAbsolutePath();
        Path cache = app.resolve("answerable.aot");
        Path log = app.resolve("training.log");
        Path data = Files.createTempDirectory("answerable-training");
        Files.deleteIfExists(cache);
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder training = new ProcessBuilder(java, "-XX:AOTCacheOutput=" + cache, "-jar",
                app.resolve("answerable.jar").toString())
                .directory(app.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        training.environment().put("ANSWERABLE_DATA_DIR", data.toString());
        training.environment().put("PORT", Integer.toString(port));
        training.environment().put("ANSWERABLE_ADMIN_PASSWORD", UUID.randomUUID().toString());
        LOG.log(System.Logger.Level.INFO, "Training run: starting the application once (log: {0})", log);
        Process process = training.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            waitForLogin(http, port, process, log);
            for (String path : FIRST_REQUESTS) {
                get(http, port, path);
            }
        } finally {
            process.destroy(); // SIGTERM: the JVM shuts down in order and writes the cache on exit
            process.waitFor();
            deleteTree(data);
        }
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new IllegalStateException("The training run wrote no AOT cache; see " + log);
        }
        LOG.log(System.Logger.Level.INFO, "AOT cache written: {0} ({1} MB)", cache, Files.size(cache) / 1_048_576);
    }

    private static void waitForLogin(HttpClient http, int port, Process process, Path log) throws Exception {
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped during the training run; see " + log);
            }
            try {
                if (get(http, port, "/login") == 200) {
                    return;
                }
            } catch (ConnectException | HttpConnectTimeoutException notYetListening) {
                // the port opens once the start-up tasks are done
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("/login did not answer within " + START_LIMIT + "; see " + log);
    }

    private static int get(HttpClient http, int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(2)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
