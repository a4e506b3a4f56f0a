package org.answerable.account;

/** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String MEMBER = "MEMBER";
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
