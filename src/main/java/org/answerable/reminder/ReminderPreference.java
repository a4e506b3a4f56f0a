package org.answerable.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;

/** A person's choice of reminder emails, and the address they go to. Off until chosen. */
@Entity
@Table(name = "reminder_preference")
public class ReminderPreference {

    public static final int EMAIL_MAX_LENGTH = 320;
    public static final int MAX_DAYS_BEFORE = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "digest_enabled", nullable = false)
    private boolean digestEnabled;

    @Column(name = "digest_time", nullable = false)
    private LocalTime digestTime = LocalTime.of(8, 0);

    @Column(name = "deadline_enabled", nullable = false)
    private boolean deadlineEnabled;

    @Column(name = "days_before", nullable = false)
    private int daysBefore = 3;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ReminderPreference() {
    }

    ReminderPreference(Long userId) {
        this.userId = userId;
        this.updatedAt = Instant.now();
    }

    void apply(ReminderSettings settings) {
        email = settings.email() == null || settings.email().isBlank() ? null : settings.email().strip();
        digestEnabled = settings.digest();
        digestTime = settings.digestTime();
        deadlineEnabled = settings.beforeDeadlines();
        daysBefore = settings.daysBefore();
        updatedAt = Instant.now();
    }

    void turnOff() {
        digestEnabled = false;
        deadlineEnabled = false;
        updatedAt = Instant.now();
    }

    ReminderSettings settings() {
        return new ReminderSettings(email, digestEnabled, digestTime, deadlineEnabled, daysBefore, version);
    }

    boolean wantsAny() {
        return email != null && (digestEnabled || deadlineEnabled);
    }

    public Long getUserId() { return userId; }
    public String getEmail() { return email; }
    public boolean isDigestEnabled() { return digestEnabled; }
    public LocalTime getDigestTime() { return digestTime; }
    public boolean isDeadlineEnabled() { return deadlineEnabled; }
    public int getDaysBefore() { return daysBefore; }
    public long getVersion() { return version; }
}
