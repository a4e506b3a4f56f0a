package org.answerable.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import org.answerable.account.AccountService;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/** Creates users in fresh teams and signs them in, so each test starts from its own team. */
@TestComponent
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    /**
     * Every application context started in the test JVM installs its own security context
     * strategy; signing in must reach the one this context's services and filters read.
     */
    private static final Set<SecurityContextHolderStrategy> STRATEGIES = ConcurrentHashMap.newKeySet();

    private final AccountService accounts;
    private final SecurityContextHolderStrategy strategy;

    TestUsers(AccountService accounts, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.accounts = accounts;
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        STRATEGIES.add(this.strategy);
    }

    /** A new user with the given role in a new team of their own. */
    public String create(Role role) {
        return createInTeam(role, "team-" + UUID.randomUUID());
    }

    public String createInTeam(Role role, String teamName) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Test " + role.name().toLowerCase(), PASSWORD, role, teamName);
        return username;
    }

    /** Signs the user in for the current thread, as Spring Security would after a login. */
    public SignedInUser signIn(String username) {
        SignedInUser user = accounts.signedInUser(username).orElseThrow();
        signInUnchecked(username, user.role());
        return user;
    }

    /** A session that began earlier: the account is not checked, as it may have been disabled since. */
    public void signInUnchecked(String username, Role role) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority())));
        SecurityContext context = new SecurityContextImpl(authentication);
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    public SignedInUser signInNew(Role role) {
        return signIn(create(role));
    }

    public static void signOut() {
        STRATEGIES.forEach(SecurityContextHolderStrategy::clearContext);
        SecurityContextHolder.clearContext();
    }
}
