package org.answerable.authority;

/** Published, in the renaming transaction, when an authority's official name changes. */
public record AuthorityRenamed(Long authorityId, String officialName) {
}
