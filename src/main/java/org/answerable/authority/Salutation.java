package org.answerable.authority;

/**
 * How a letter to an authority opens. Its short name ("Coventry") is for lists; a letter greets the
 * named FOI officer, else the authority by its full name, else "Sir or Madam". Every drafted letter
 * (review requests, complaints, emails) opens this way.
 */
public final class Salutation {

    private Salutation() {
    }

    /** "Dear Coventry City Council," */
    public static String dear(Authority authority) {
        return dear(null, authority == null ? null : authority.getOfficialName());
    }

    /** "Dear Ms Jane Smith,", else "Dear Coventry City Council,", else "Dear Sir or Madam,"; either may be null. */
    public static String dear(String officerName, String officialName) {
        String addressee = !blank(officerName) ? officerName.strip()
                : !blank(officialName) ? officialName.strip() : "Sir or Madam";
        return "Dear " + addressee + ",";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
