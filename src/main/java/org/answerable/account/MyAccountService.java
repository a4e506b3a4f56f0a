package org.answerable.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: their password (the current one proves it is really them) and teams. */
@Service
public class MyAccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;

    MyAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = signedInUser();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new AccountRuleException("currentPassword", "That is not your current password");
        }
        policy.problemWith(newPassword).ifPresent(problem -> {
            throw new AccountRuleException("newPassword", problem);
        });
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new AccountRuleException("newPassword", "Choose a password different from your current one");
        }
        user.changePassword(passwordEncoder.encode(newPassword), false);
    }

    /** True until a user given a temporary password has chosen their own. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return signedInUser().isMustChangePassword();
    }

    /** The signed-in user, with their teams. */
    @Transactional(readOnly = true)
    public AppUser me() {
        return signedInUser();
    }

    private AppUser signedInUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        return users.findByUsernameIgnoreCase(auth.getName()).filter(AppUser::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
