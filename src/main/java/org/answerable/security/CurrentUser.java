package org.answerable.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.answerable.account.AccountService;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.answerable.account.Team;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking, and so which team's data a service may touch: the team they chose in this
 * session, checked against their membership on every call, else their first team. A user who has
 * been disabled, or removed from every team, is refused at once, whatever their session says.
 */
@Component
public class CurrentUser {

    /** Who the history names for mail filed by itself. */
    public static final String MAILBOX_USERNAME = "team-mailbox";

    private final AccountService accounts;
    private final ActiveTeamStore activeTeam;

    CurrentUser(AccountService accounts, ActiveTeamStore activeTeam) {
        this.accounts = accounts;
        this.activeTeam = activeTeam;
    }

    public SignedInUser require() {
        Authentication auth = authentication();
        if (auth.getDetails() instanceof TeamMailbox mailbox) {
            return mailbox.actor();
        }
        if (auth.getDetails() instanceof PinnedTeam pinned) {
            return accounts.signedInUser(auth.getName(), pinned.teamId())
                    .orElseThrow(() -> new AccessDeniedException("No longer a member of that team"));
        }
        return activeTeam.get()
                .flatMap(teamId -> accounts.signedInUser(auth.getName(), teamId))
                .or(() -> accounts.signedInUser(auth.getName()))
                .orElseThrow(() -> new AccessDeniedException("This account is disabled or belongs to no team"));
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

    /** The teams the signed-in user can switch between. */
    public List<Team> teams() {
        return accounts.teamsOf(authentication().getName());
    }

    /** Makes another of the user's own teams the active one for the rest of this session. */
    public SignedInUser switchTeam(Long teamId) {
        SignedInUser user = accounts.signedInUser(authentication().getName(), teamId)
                .orElseThrow(() -> new AccessDeniedException("You are not a member of that team"));
        activeTeam.set(teamId);
        return user;
    }

    /**
     * Does {@code work} as the given user in the given team, without a session: a calendar feed is
     * read with its owner's rights in the team it was made for. Empty when the user is disabled or
     * no longer in that team.
     */
    public <T> Optional<T> callAs(Long userId, Long teamId, Supplier<T> work) {
        return authenticationOf(userId, teamId).flatMap(authentication -> runAs(authentication, work));
    }

    /**
     * Does {@code work} for a team with nobody signed in: the mail poller files the team's mail as
     * "{@value #MAILBOX_USERNAME}", a member of that team alone, which the history names as such.
     * Empty when the team no longer exists.
     */
    public <T> Optional<T> callAsTeamMailbox(Long teamId, Supplier<T> work) {
        Optional<Team> team = accounts.team(teamId);
        if (team.isEmpty()) {
            return Optional.empty();
        }
        SignedInUser actor = new SignedInUser(null, MAILBOX_USERNAME, "Team mailbox", Role.MEMBER, teamId,
                team.get().getName());
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                MAILBOX_USERNAME, null, List.of(new SimpleGrantedAuthority(Role.MEMBER.authority())));
        token.setDetails(new TeamMailbox(actor));
        return runAs(token, work);
    }

    private static <T> Optional<T> runAs(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return Optional.ofNullable(work.get());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Marks the mail poller's sign-in; made only in this process, never from a request. */
    private record TeamMailbox(SignedInUser actor) {
    }

    /**
     * A session-less sign-in as the given user, pinned to the given team (an API token's): empty
     * when the user is disabled or no longer in that team.
     */
    public Optional<Authentication> authenticationOf(Long userId, Long teamId) {
        return accounts.signedInUser(userId, teamId).map(user -> {
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                    user.username(), null, List.of(new SimpleGrantedAuthority(user.role().authority())));
            token.setDetails(new PinnedTeam(teamId));
            return token;
        });
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || auth.getName() == null) {
            throw new AccessDeniedException("Not signed in");
        }
        return auth;
    }
}
