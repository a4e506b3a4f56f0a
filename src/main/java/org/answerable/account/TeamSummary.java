package org.answerable.account;

/** A team as the administrators' list shows it. */
public record TeamSummary(Long id, String name, long members, long version) {
}
