package org.answerable.account;

/** A user and the temporary password just set for them: shown to the administrator once, never stored. */
public record IssuedPassword(AppUser user, String temporaryPassword) {
}
