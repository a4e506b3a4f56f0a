package org.answerable.base;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java, run once at its version inside a transaction, like the SQL
 * ones. Declared as a Spring bean, it is handed to Flyway by Spring Boot.
 */
public abstract class OneTimeJavaMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected OneTimeJavaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** No checksum: the code may be tidied without Flyway refusing databases it already migrated. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
