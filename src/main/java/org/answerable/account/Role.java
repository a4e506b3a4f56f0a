package org.answerable.account;

/** What a user may do: ADMIN manages users and shared data, MEMBER edits the team's requests. */
public enum Role {
    ADMIN, MEMBER, VIEWER;

    /** Spring Security authority name, as checked by {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
