package org.answerable.account;

/** The current user and the team whose data every query is scoped to. */
public record SignedInUser(Long userId, String username, String displayName, Role role, Long teamId,
        String teamName) {

    public boolean canEdit() {
        return role != Role.VIEWER;
    }
}
