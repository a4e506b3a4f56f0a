package org.answerable.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Map;
import org.answerable.account.AccountService;
import org.answerable.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    private static final String LOGIN_PAGE = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder, LoginThrottle throttle, AuthenticationEventPublisher events)
            throws Exception {
        // Monitors and load balancers check health without logging in (the only Actuator endpoint
        // exposed). It must come first: Vaadin's rules end with "anything else needs a login".
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health").permitAll());
        // The deadline API holds no private data, so scripts use it without an account.
        http.authorizeHttpRequests(a -> a.requestMatchers("/api/deadlines").permitAll());
        // Calendar apps fetch the feed without a session; its unguessable token is the credential.
        http.authorizeHttpRequests(a -> a.requestMatchers("/calendar/*.ics").permitAll());
        // A reminder's one-click unsubscribe link: its signed token is the credential, and a mail
        // program's own unsubscribe button posts to it without a session or CSRF token (RFC 8058).
        http.authorizeHttpRequests(a -> a.requestMatchers("/reminders/unsubscribe").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/reminders/unsubscribe"));
        // A single request's .ics download is for signed-in users; the controller scopes it to their team.
        http.authorizeHttpRequests(a -> a.requestMatchers("/calendar/request/*.ics").authenticated());
        // The app's own stylesheets (META-INF/resources/*.css, loaded with @StyleSheet) hold no data;
        // Vaadin only opens the ones it knows, and a blocked one leaves a page unstyled.
        http.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/*.css").permitAll());

        http.authenticationManager(authenticationManager(userDetailsService, passwordEncoder, throttle, events));
        // Set before Vaadin's configurer runs: it only adds its own "?error" handler when none is set.
        // The login page is named here too, or Spring Security also serves its own unbranded
        // "Please sign in" form at /login (issue 15: first visits and logouts landed on it).
        http.formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll().failureHandler(new LoginFailureHandler()));
        http.headers(headers -> headers
                .frameOptions(frame -> frame.sameOrigin())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY)));
        // Vaadin's configurer keeps its CSRF protection on: nothing here turns it off.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, LOGIN_PAGE + "?logout"));
        return http.build();
    }

    /** Delegating encoder: bcrypt today, and stored hashes name their algorithm for tomorrow. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountService accounts) {
        return username -> accounts.findByUsername(username)
                .map(user -> User.withUsername(user.getUsername())
                        .password(user.getPasswordHash())
                        .disabled(!user.isEnabled())
                        .authorities(user.getRole().authority())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    /** Publishes login successes and failures as events; LoginAttemptRecorder records them. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(LoginThrottledException.class, AuthenticationFailureLockedEvent.class));
        return events;
    }

    private static ProviderManager authenticationManager(UserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder, LoginThrottle throttle, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetailsService);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(throttle, passwordCheck));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
