package org.answerable.request;

/**
 * How a request is named wherever it appears among others (deadlines, refusals, search results,
 * calendar entries): a campaign sends the same title to many authorities, so the title alone does
 * not say which request it is.
 */
public final class RequestLabel {

    private RequestLabel() {
    }

    /** "CSE and CCE 2015-2024 — Leicester City Council"; the title alone when the authority is unknown. */
    public static String of(String title, String authorityName) {
        return authorityName == null || authorityName.isBlank() ? title : title + " — " + authorityName;
    }
}
