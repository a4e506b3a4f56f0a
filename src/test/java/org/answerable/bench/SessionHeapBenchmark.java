package org.answerable.bench;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Retained heap per open UI session, measured through real HTTP sessions against the running app:
 * each session signs in with the login form and opens a page the way the browser does (the page,
 * then Vaadin's {@code v-r=init} request, which builds the UI on the server and renders its first
 * response, grid rows included). The sessions are kept open; the heap is compared after full
 * garbage collections with one warm-up session and with {@code count} more.
 */
final class SessionHeapBenchmark {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final String base;
    private final String username;
    private final String password;
    private final List<HttpClient> open = new ArrayList<>();

    SessionHeapBenchmark(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        this.username = username;
        this.password = password;
    }

    /** Megabytes retained per session that opened {@code location}, e.g. "requests". */
    double megabytesPerSession(String location, int count) throws Exception {
        openSession(location);
        long before = heapAfterGc();
        for (int i = 0; i < count; i++) {
            openSession(location);
        }
        long after = heapAfterGc();
        double perSession = (after - before) / (double) count / 1_048_576;
        LoggerFactory.getLogger(SessionHeapBenchmark.class).info("{}: heap {} MB with 1 session, {} MB with {} more: {} MB each",
                location, before / 1_048_576, after / 1_048_576, count, String.format("%.3f", perSession));
        return perSession;
    }

    private void openSession(String location) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String loginPage = get(client, "/login");
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&"
                + find(CSRF_PARAMETER, loginPage, "_csrf") + "=" + encode(find(CSRF, loginPage, ""));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getQuery() != null && signedIn.uri().getQuery().contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.uri());
        }
        get(client, "/" + location);
        String init = get(client, "/?v-r=init&location=" + encode(location) + "&query=");
        if (!init.contains("\"uidl\"") && !init.contains("v-uiId")) {
            throw new IllegalStateException("no UI was built for " + location + ": "
                    + init.substring(0, Math.min(300, init.length())));
        }
        open.add(client);
    }

    private String get(HttpClient client, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String find(Pattern pattern, String html, String otherwise) {
        Matcher m = pattern.matcher(html);
        return m.find() ? m.group(1) : otherwise;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
