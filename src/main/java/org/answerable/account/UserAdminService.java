package org.answerable.account;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to users: create them with a temporary password, change their role and
 * teams, disable and enable them, reset their password. There is always an active administrator.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2," + AppUser.USERNAME_MAX_LENGTH + "}");
    static final String LAST_ADMIN = "Answerable needs at least one active administrator. "
            + "Make someone else an administrator first.";

    private final AppUserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;

    UserAdminService(AppUserRepository users, TeamRepository teams, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public List<AppUser> users() {
        return users.findAll(Sort.by("username"));
    }

    @Transactional(readOnly = true)
    public AppUser get(Long id) {
        return users.findById(id).orElseThrow(() -> new AccountRuleException("user", "That user no longer exists."));
    }

    /** The new user must choose their own password when they first log in. */
    @Transactional
    public IssuedPassword create(UserDraft draft) {
        String username = draft.username() == null ? "" : draft.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountRuleException("username", "Use 2 to " + AppUser.USERNAME_MAX_LENGTH
                    + " letters, digits, dots, dashes, underscores or @, without spaces");
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new AccountRuleException("username", "Someone already has the username '" + username + "'");
        }
        String temporary = TemporaryPasswords.generate();
        String hash = passwordEncoder.encode(temporary);
        AppUser user = new AppUser(username, checkedDisplayName(draft.displayName()), hash, checkedRole(draft.role()));
        user.changePassword(hash, true);
        user.replaceTeams(checkedTeams(draft.teamIds()));
        return new IssuedPassword(users.save(user), temporary);
    }

    /** Name, role and teams; the username never changes, as the audit history refers to it. */
    @Transactional
    public AppUser update(Long id, long version, UserDraft draft) {
        AppUser user = forChange(id, version);
        Role role = checkedRole(draft.role());
        if (user.getRole() == Role.ADMIN && role != Role.ADMIN && user.isEnabled()) {
            requireAnotherActiveAdmin(user);
        }
        user.rename(checkedDisplayName(draft.displayName()));
        user.changeRole(role);
        user.replaceTeams(checkedTeams(draft.teamIds()));
        return users.saveAndFlush(user);
    }

    /** A disabled user cannot log in, and their open sessions stop working at their next click. */
    @Transactional
    public AppUser setEnabled(Long id, long version, boolean enabled) {
        AppUser user = forChange(id, version);
        if (!enabled && user.getRole() == Role.ADMIN && user.isEnabled()) {
            requireAnotherActiveAdmin(user);
        }
        user.setEnabled(enabled);
        return users.saveAndFlush(user);
    }

    /** A new temporary password, to be changed at the next login; the old one stops working now. */
    @Transactional
    public IssuedPassword resetPassword(Long id, long version) {
        AppUser user = forChange(id, version);
        String temporary = TemporaryPasswords.generate();
        user.changePassword(passwordEncoder.encode(temporary), true);
        return new IssuedPassword(users.saveAndFlush(user), temporary);
    }

    private AppUser forChange(Long id, long version) {
        AppUser user = get(id);
        if (user.getVersion() != version) {
            throw new AccountChangedException("user");
        }
        return user;
    }

    private void requireAnotherActiveAdmin(AppUser leaving) {
        boolean another = users.lockActiveWithRole(Role.ADMIN).stream()
                .anyMatch(admin -> !admin.getId().equals(leaving.getId()));
        if (!another) {
            throw new AccountRuleException("role", LAST_ADMIN);
        }
    }

    private List<Team> checkedTeams(Set<Long> teamIds) {
        List<Team> chosen = teamIds == null ? List.of() : teams.findAllById(teamIds);
        if (chosen.isEmpty()) {
            throw new AccountRuleException("teams", "Choose at least one team: every request belongs to a team");
        }
        return chosen;
    }

    private static String checkedDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new AccountRuleException("displayName", "Enter the person's name, as colleagues know them");
        }
        if (displayName.strip().length() > AppUser.DISPLAY_NAME_MAX_LENGTH) {
            throw new AccountRuleException("displayName", "Keep the name under " + AppUser.DISPLAY_NAME_MAX_LENGTH
                    + " characters");
        }
        return displayName.strip();
    }

    private static Role checkedRole(Role role) {
        if (role == null) {
            throw new AccountRuleException("role", "Choose what the person may do");
        }
        return role;
    }
}
