package org.answerable.security;

import org.answerable.account.AccountService;
import org.answerable.account.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, and so which team's data a service may touch. */
@Component
public class CurrentUser {

    private final AccountService accounts;

    CurrentUser(AccountService accounts) {
        this.accounts = accounts;
    }

    public SignedInUser require() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            throw new AccessDeniedException("Not signed in");
        }
        return accounts.signedInUser(auth.getName())
                .orElseThrow(() -> new AccessDeniedException("No active team for " + auth.getName()));
    }

    public Long teamId() {
        return require().teamId();
    }

    /** Services call this before any change, so a read-only user is refused whatever the UI shows. */
    public SignedInUser requireEditor() {
        SignedInUser user = require();
        if (!user.canEdit()) {
            throw new AccessDeniedException("Your role can read but not change this team's data");
        }
        return user;
    }
}
