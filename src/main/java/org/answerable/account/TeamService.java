package org.answerable.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators create and rename teams; who is in which team is set on each user. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class TeamService {

    private final TeamRepository teams;
    private final AppUserRepository users;

    TeamService(TeamRepository teams, AppUserRepository users) {
        this.teams = teams;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        Map<Long, Long> members = new HashMap<>();
        users.countMembersByTeam().forEach(row -> members.put((Long) row[0], (Long) row[1]));
        return teams.findAll(Sort.by("name")).stream()
                .map(t -> new TeamSummary(t.getId(), t.getName(), members.getOrDefault(t.getId(), 0L), t.getVersion()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AppUser> members(Long teamId) {
        return users.findMembers(teamId);
    }

    @Transactional
    public Team create(String name) {
        String checked = checkedName(name, null);
        return teams.save(new Team(checked));
    }

    @Transactional
    public Team rename(Long id, long version, String name) {
        Team team = teams.findById(id).orElseThrow(() -> new AccountRuleException("name", "That team no longer exists."));
        if (team.getVersion() != version) {
            throw new AccountChangedException("team");
        }
        team.rename(checkedName(name, id));
        return teams.saveAndFlush(team);
    }

    private String checkedName(String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            throw new AccountRuleException("name", "Enter the team's name");
        }
        String stripped = name.strip();
        if (stripped.length() > Team.NAME_MAX_LENGTH) {
            throw new AccountRuleException("name", "Keep the name under " + Team.NAME_MAX_LENGTH + " characters");
        }
        teams.findByNameIgnoreCase(stripped).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new AccountRuleException("name", "There is already a team called '" + other.getName() + "'");
        });
        return stripped;
    }
}
