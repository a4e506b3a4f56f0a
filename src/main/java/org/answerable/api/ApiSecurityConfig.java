package org.answerable.api;

import jakarta.servlet.http.HttpServletResponse;
import org.answerable.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The JSON API's own filter chain, consulted before the app's: bearer tokens only, no session, no
 * login form. CSRF protection guards cookie-based sessions, which this chain never reads or makes;
 * the app's chain, and its CSRF protection, are untouched.
 */
@Configuration
class ApiSecurityConfig {

    static final String PATHS = "/api/v1/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens, CurrentUser currentUser,
            ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        SecurityContextHolderStrategy chainStrategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, currentUser, chainStrategy), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, ApiErrors.MISSING_TOKEN))
                        .accessDeniedHandler((request, response, e) ->
                                ApiErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "This token may not do that")));
        return http.build();
    }
}
