package org.answerable.account.ui;

import org.answerable.account.Role;

/** Roles as administrators and users read them. */
final class RoleText {

    private RoleText() {
    }

    static String of(Role role) {
        return switch (role) {
            case ADMIN -> "Administrator (users, teams and shared data; edits the team's requests)";
            case MEMBER -> "Member (reads and edits the team's requests)";
            case VIEWER -> "Viewer (reads only)";
        };
    }

    static String shortOf(Role role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case MEMBER -> "Member";
            case VIEWER -> "Viewer";
        };
    }
}
