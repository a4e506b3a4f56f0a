package org.answerable.api.ui;

import com.vaadin.flow.component.Component;
import org.answerable.account.ui.AccountPageSection;
import org.answerable.api.ApiTokenService;
import org.answerable.security.CurrentUser;

/** Puts the user's API tokens on their account page. */
@org.springframework.stereotype.Component
class ApiTokensSection implements AccountPageSection {

    private final ApiTokenService tokens;
    private final CurrentUser currentUser;

    ApiTokensSection(ApiTokenService tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        return new ApiTokensPanel(tokens, currentUser.require().teamName());
    }
}
