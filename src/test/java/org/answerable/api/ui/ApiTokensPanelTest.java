package org.answerable.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.answerable.account.Role;
import org.answerable.api.ApiTokenService;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A read-only viewer makes, copies and revokes an API token on their account page. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class ApiTokensPanelTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired ApiTokenService tokens;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_viewer_creates_a_token_sees_its_secret_once_and_revokes_it() {
        users.signInNew(Role.VIEWER);
        navigate("account", Component.class);
        ApiTokensPanel panel = $(ApiTokensPanel.class).single();
        assertThat(panel.secret.isVisible() && panel.secret.getParent().map(Component::isVisible).orElse(false)).isFalse();

        test(panel.name).setValue("data desk notebook");
        test(panel.create).click();

        String secret = panel.secret.getValue();
        assertThat(secret).startsWith("ans_").hasSizeGreaterThan(40);
        assertThat(panel.secret.getParent().map(Component::isVisible)).contains(true);
        assertThat(panel.secret.getHelperText()).contains("shown only once");
        assertThat(tokens.ownerOf(secret)).isPresent();
        assertThat(test(panel.grid).size()).isEqualTo(1);
        assertThat(test(panel.grid).getCellText(0, 0)).isEqualTo("data desk notebook");
        assertThat(test(panel.grid).getCellText(0, 4)).isEqualTo("Active");

        navigate("requests", Component.class);
        navigate("account", Component.class);
        ApiTokensPanel again = $(ApiTokensPanel.class).single();
        assertThat(again.secret.getValue()).as("never shown again").isEmpty();
        Button revoke = (Button) test(again.grid).getCellComponent(0, "revoke");
        assertThat(revoke.getText()).isEqualTo("Revoke");
        test(revoke).click();

        assertThat(test(again.grid).getCellText(0, 4)).isEqualTo("Revoked");
        assertThat(tokens.ownerOf(secret)).isEmpty();
    }

    @Test
    void a_token_needs_a_name() {
        users.signInNew(Role.MEMBER);
        navigate("account", Component.class);
        ApiTokensPanel panel = $(ApiTokensPanel.class).single();

        test(panel.create).click();

        assertThat(panel.name.isInvalid()).isTrue();
        assertThat(panel.name.getErrorMessage()).contains("Name the token");
        assertThat(test(panel.grid).size()).isZero();
    }
}
