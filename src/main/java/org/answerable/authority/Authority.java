package org.answerable.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A public body requests are sent to. Shared by all teams: the UK local authorities ship with the
 * app, and users add police forces, NHS trusts and others.
 */
@Entity
public class Authority {

    public static final int NAME_MAX_LENGTH = 300;
    public static final int SHORT_NAME_MAX_LENGTH = 200;
    public static final int EMAIL_MAX_LENGTH = 320;
    public static final int WEBSITE_MAX_LENGTH = 500;
    public static final int TYPE_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 20)
    private String code;

    @Column(name = "official_name", nullable = false, length = NAME_MAX_LENGTH)
    private String officialName;

    @Column(name = "short_name", length = SHORT_NAME_MAX_LENGTH)
    private String shortName;

    /** Case- and space-insensitive name, unique, so "leicester city council " is a duplicate. */
    @Column(name = "name_key", nullable = false, length = NAME_MAX_LENGTH)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Nation nation;

    @Column(length = 100)
    private String region;

    @Column(name = "authority_type", length = TYPE_MAX_LENGTH)
    private String authorityType;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_regime", nullable = false, length = 10)
    private Regime defaultRegime;

    @Column(name = "wdtk_id", length = 50)
    private String wdtkId;

    @Column(name = "govuk_slug", length = 200)
    private String govukSlug;

    @Column(name = "foi_email", length = EMAIL_MAX_LENGTH)
    private String foiEmail;

    @Column(length = WEBSITE_MAX_LENGTH)
    private String website;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Authority() {
    }

    public Authority(String officialName, Nation nation, Regime defaultRegime) {
        rename(officialName);
        this.nation = nation;
        this.defaultRegime = defaultRegime;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public static String nameKey(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public void rename(String officialName) {
        this.officialName = officialName.trim().replaceAll("\\s+", " ");
        this.nameKey = nameKey(officialName);
    }

    void touch() {
        this.updatedAt = Instant.now();
    }

    /** The name people use day to day ("Leicester"), falling back to the official one. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? officialName : shortName;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getOfficialName() { return officialName; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public Nation getNation() { return nation; }
    public void setNation(Nation nation) { this.nation = nation; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getAuthorityType() { return authorityType; }
    public void setAuthorityType(String authorityType) { this.authorityType = authorityType; }
    public Regime getDefaultRegime() { return defaultRegime; }
    public void setDefaultRegime(Regime defaultRegime) { this.defaultRegime = defaultRegime; }
    public String getWdtkId() { return wdtkId; }
    public void setWdtkId(String wdtkId) { this.wdtkId = wdtkId; }
    public String getGovukSlug() { return govukSlug; }
    public void setGovukSlug(String govukSlug) { this.govukSlug = govukSlug; }
    public String getFoiEmail() { return foiEmail; }
    public void setFoiEmail(String foiEmail) { this.foiEmail = foiEmail; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
