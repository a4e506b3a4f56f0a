package org.answerable.security;

/**
 * The Content-Security-Policy sent with every response. Vaadin's client engine needs inline
 * styles and evaluates some script it receives from the server, hence 'unsafe-inline' and
 * 'unsafe-eval'; everything else is limited to this site, and no other site may frame it.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'self'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'");

    private SecurityHeaders() {
    }
}
