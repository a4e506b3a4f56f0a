package org.answerable.account;

import java.util.Set;

/** A user as an administrator enters it: who they are, what they may do and in which teams. */
public record UserDraft(String username, String displayName, Role role, Set<Long> teamIds) {
}
