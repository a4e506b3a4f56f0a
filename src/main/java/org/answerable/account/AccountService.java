package org.answerable.account;

import java.util.Comparator;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and teams: the only way other features reach them. */
@Service
public class AccountService {

    private final AppUserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;

    AccountService(AppUserRepository users, TeamRepository teams, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username);
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    /** The signed-in user's working context: who they are and which team's data they see. */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> signedInUser(String username) {
        return users.findByUsernameIgnoreCase(username)
                .filter(AppUser::isEnabled)
                .flatMap(user -> user.getTeams().stream()
                        .min(Comparator.comparing(Team::getId))
                        .map(team -> new SignedInUser(user.getId(), user.getUsername(),
                                user.getDisplayName(), user.getRole(), team.getId(), team.getName())));
    }

    /** The same context for a user known by id (a calendar feed's owner); disabled users get none. */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> signedInUser(Long userId) {
        return users.findById(userId).flatMap(user -> signedInUser(user.getUsername()));
    }

    /** Creates a user in the named team, creating the team when it does not exist yet. */
    @Transactional
    public AppUser createUser(String username, String displayName, String rawPassword, Role role,
            String teamName) {
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new IllegalArgumentException("A user called '" + username + "' already exists");
        }
        Team team = teams.findByName(teamName).orElseGet(() -> teams.save(new Team(teamName)));
        AppUser user = new AppUser(username, displayName, passwordEncoder.encode(rawPassword), role);
        user.joinTeam(team);
        return users.save(user);
    }
}
