package org.answerable.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.answerable.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API call in as the owner of its bearer token, pinned to the token's team, for this one
 * call: nothing is kept in a session. A call without a working token ends here with a 401.
 * Not a bean, so it runs only in the API's own filter chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final CurrentUser currentUser;
    private final SecurityContextHolderStrategy chainStrategy;

    /**
     * @param chainStrategy the strategy this application's filter chain reads. In one running app it
     *     is the global one; when several apps share a JVM (tests), the global holder belongs to the
     *     last one started, so the caller is signed in on both.
     */
    BearerTokenFilter(ApiTokenService tokens, CurrentUser currentUser, SecurityContextHolderStrategy chainStrategy) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.chainStrategy = chainStrategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, ApiErrors.MISSING_TOKEN);
            return;
        }
        // The owner is checked on every call: a disabled user or one removed from the team is refused.
        Optional<Authentication> owner = tokens.ownerOf(header.substring(BEARER.length()).strip())
                .flatMap(token -> currentUser.authenticationOf(token.userId(), token.teamId()));
        if (owner.isEmpty()) {
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, ApiErrors.INVALID_TOKEN);
            return;
        }
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = chainStrategy.createEmptyContext();
        context.setAuthentication(owner.get());
        chainStrategy.setContext(context);
        global.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            chainStrategy.clearContext();
            global.clearContext();
        }
    }
}
