package org.answerable.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.answerable.security.ui.LoginView;
import org.answerable.support.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
@ViewPackages(packages = "org.answerable")
class LoginRequiredTest extends SpringBrowserlessTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        navigate("requests", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        navigate("authorities", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
