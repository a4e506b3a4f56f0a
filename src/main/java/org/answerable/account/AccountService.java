package org.answerable.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** The signed-in user's working context in their first team; disabled users get none. */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> signedInUser(String username) {
        return activeUser(username).flatMap(user -> user.getTeams().stream().findFirst()
                .map(team -> contextOf(user, team)));
    }

    /**
     * The same context in the given team, checked against the user's current membership: none when
     * they were removed from it or disabled since.
     */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> signedInUser(String username, Long teamId) {
        return activeUser(username).flatMap(user -> user.getTeams().stream()
                .filter(team -> team.getId().equals(teamId)).findFirst()
                .map(team -> contextOf(user, team)));
    }

    /** For a user known by id (a calendar feed's owner), in the given team. */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> signedInUser(Long userId, Long teamId) {
        return users.findById(userId).flatMap(user -> signedInUser(user.getUsername(), teamId));
    }

    /** An enabled user with their teams (a reminder's recipient); none when disabled or gone. */
    @Transactional(readOnly = true)
    public Optional<AppUser> activeUser(Long userId) {
        return users.findById(userId).filter(AppUser::isEnabled);
    }

    @Transactional(readOnly = true)
    public Optional<Team> team(Long teamId) {
        return teams.findById(teamId);
    }

    /** The teams the user may switch between, oldest first. */
    @Transactional(readOnly = true)
    public List<Team> teamsOf(String username) {
        return activeUser(username).map(AppUser::getTeams).orElse(List.of());
    }

    /** Names to show for usernames recorded elsewhere (the audit history); unknown ones are left out. */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName, (a, b) -> a));
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

    /** The user must choose a new password at their next login (the first admin's printed one). */
    @Transactional
    void requirePasswordChange(Long userId) {
        users.findById(userId).ifPresent(user -> user.changePassword(user.getPasswordHash(), true));
    }

    private Optional<AppUser> activeUser(String username) {
        return username == null ? Optional.empty()
                : users.findByUsernameIgnoreCase(username).filter(AppUser::isEnabled);
    }

    private static SignedInUser contextOf(AppUser user, Team team) {
        return new SignedInUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                team.getId(), team.getName());
    }
}
