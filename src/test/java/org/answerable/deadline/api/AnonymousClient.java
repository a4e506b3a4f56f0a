package org.answerable.deadline.api;

import jakarta.servlet.Filter;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

/**
 * Calls the API as a visitor without a login, through the real security filters. Built on the
 * shared test application rather than with {@code @AutoConfigureMockMvc}: a second application
 * would install its own Vaadin security-context holder and sign-ins in view tests would be lost.
 */
final class AnonymousClient {

    private AnonymousClient() {
    }

    static MockMvcTester of(WebApplicationContext application) {
        Filter security = application.getBean("springSecurityFilterChain", Filter.class);
        return MockMvcTester.from(application, builder -> builder.addFilters(security).build());
    }
}
