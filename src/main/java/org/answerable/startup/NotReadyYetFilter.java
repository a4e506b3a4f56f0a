package org.answerable.startup;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the app is ready, every request gets 503 with Retry-After: "try again", never an answer
 * from a half-started app. The start-up tasks already run before the port opens
 * ({@link StartupTasks}); this closes the last moments between the port opening and Spring
 * declaring the app ready, in which the health check would otherwise say OUT_OF_SERVICE with no hint
 * to retry.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotReadyYetFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";

    private volatile boolean ready;

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        ready = true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("Answerable is starting. Try again in a moment.\n".getBytes(StandardCharsets.UTF_8));
    }
}
