package org.answerable.authority;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user can edit about an authority; bound to the add/edit dialog. */
public class AuthorityForm {

    @NotBlank(message = "Enter the authority's name")
    @Size(max = Authority.NAME_MAX_LENGTH, message = "Keep the name under " + Authority.NAME_MAX_LENGTH + " characters")
    private String officialName = "";

    @Size(max = Authority.SHORT_NAME_MAX_LENGTH, message = "Keep the short name under " + Authority.SHORT_NAME_MAX_LENGTH + " characters")
    private String shortName = "";

    private Nation nation;

    @NotNull(message = "Choose the law requests to this body are made under")
    private Regime defaultRegime;

    @Size(max = Authority.TYPE_MAX_LENGTH, message = "Keep the type under " + Authority.TYPE_MAX_LENGTH + " characters")
    private String authorityType = "";

    @Email(message = "Enter an email address like foi@council.gov.uk")
    @Size(max = Authority.EMAIL_MAX_LENGTH, message = "That email address is too long")
    private String foiEmail = "";

    @Pattern(regexp = "^$|^https?://\\S+$", message = "Enter a web address starting with https://")
    @Size(max = Authority.WEBSITE_MAX_LENGTH, message = "That web address is too long")
    private String website = "";

    private long version;

    public static AuthorityForm of(Authority a) {
        AuthorityForm f = new AuthorityForm();
        f.officialName = a.getOfficialName();
        f.shortName = nullToEmpty(a.getShortName());
        f.nation = a.getNation();
        f.defaultRegime = a.getDefaultRegime();
        f.authorityType = nullToEmpty(a.getAuthorityType());
        f.foiEmail = nullToEmpty(a.getFoiEmail());
        f.website = nullToEmpty(a.getWebsite());
        f.version = a.getVersion();
        return f;
    }

    void applyTo(Authority a) {
        a.rename(officialName);
        a.setShortName(blankToNull(shortName));
        a.setNation(nation);
        a.setDefaultRegime(defaultRegime);
        a.setAuthorityType(blankToNull(authorityType));
        a.setFoiEmail(blankToNull(foiEmail));
        a.setWebsite(blankToNull(website));
    }

    private static String nullToEmpty(String s) { return s == null ? "" : s; }
    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    public String getOfficialName() { return officialName; }
    public void setOfficialName(String officialName) { this.officialName = officialName; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public Nation getNation() { return nation; }
    public void setNation(Nation nation) { this.nation = nation; }
    public Regime getDefaultRegime() { return defaultRegime; }
    public void setDefaultRegime(Regime defaultRegime) { this.defaultRegime = defaultRegime; }
    public String getAuthorityType() { return authorityType; }
    public void setAuthorityType(String authorityType) { this.authorityType = authorityType; }
    public String getFoiEmail() { return foiEmail; }
    public void setFoiEmail(String foiEmail) { this.foiEmail = foiEmail; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public long getVersion() { return version; }
}
