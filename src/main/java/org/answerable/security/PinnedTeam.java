package org.answerable.security;

/**
 * Authentication details naming the one team a session-less caller works in (a calendar feed is
 * tied to the team it was created in), so it never falls back to the user's other teams.
 */
record PinnedTeam(Long teamId) {
}
